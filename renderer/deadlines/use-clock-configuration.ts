import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClockConfiguration } from '../../shared/contract/deadlines.js';
import { clockSourceText } from '../../shared/i18n/clock-sources.js';
import { useApi } from '../api/context.js';
import { useLoaded, type Loaded } from '../components/use-loaded.js';
import { interfaceLanguage } from '../i18n/date-conventions.js';

/** The vault's clocks and mission calendar, loaded once per screen. */
export function useClockConfiguration(): Loaded<ClockConfiguration> {
  const api = useApi();
  const load = useCallback(() => api.clocks.get({}), [api]);
  return useLoaded(load).state;
}

/** Each clock's source (where its number comes from) in the interface language, by clock id. */
export function useClockSources(): ReadonlyMap<string, string> {
  const state = useClockConfiguration();
  const language = interfaceLanguage(useTranslation().i18n.language);
  return useMemo(
    () =>
      new Map(
        state.status === 'ready' ? state.value.clocks.map((clock) => [clock.id, clockSourceText(clock, language)]) : [],
      ),
    [state, language],
  );
}

/** The mission's time zone once known; null while loading or when it could not be read. */
export function missionTimeZoneOf(state: Loaded<ClockConfiguration>): string | null {
  return state.status === 'ready' ? state.value.calendar.timeZone : null;
}
