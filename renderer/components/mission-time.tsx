import { createContext, useCallback, useContext, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/context.js';
import { missionTimeZoneOf } from '../deadlines/use-clock-configuration.js';
import { displayLocale, formatInstant } from './format-dates.js';
import { useLoaded } from './use-loaded.js';

/**
 * The mission's time zone for every time on screen: read once by the unlocked shell (again at each
 * change of section, so a zone changed in the settings shows on the next screen) and handed down
 * through context, so a screen formats a moment without passing the zone along.
 */

const MissionTimeZoneContext = createContext<string | null>(null);

/** The computer's own zone: named beside a time while the mission's is not known yet. */
function computerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** `reloadOn`: read the zone again whenever it changes (the shell passes its section visits). */
export function MissionTimeZoneProvider({ children, reloadOn }: { children: ReactNode; reloadOn: unknown }) {
  const api = useApi();
  const load = useCallback(() => api.clocks.get({}), [api]);
  const zone = missionTimeZoneOf(useLoaded(load, reloadOn).state);
  return <MissionTimeZoneContext.Provider value={zone}>{children}</MissionTimeZoneContext.Provider>;
}

/** The mission's time zone; this computer's while it is not known yet. */
export function useMissionTimeZone(): string {
  return useContext(MissionTimeZoneContext) ?? computerTimeZone();
}

/**
 * Formats an instant (ISO UTC) in the interface language with its zone named: on the clocks of
 * `timeZone` when the record keeps its own (where the evidence was collected), else the mission's.
 */
export function useInstantText(): (instant: string, timeZone?: string) => string {
  const { t, i18n } = useTranslation();
  const zone = useMissionTimeZone();
  const locale = displayLocale(i18n.language);
  return useCallback(
    (instant: string, timeZone?: string) => formatInstant(t, locale, instant, timeZone ?? zone),
    [t, locale, zone],
  );
}
