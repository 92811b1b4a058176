import { Mark, StrokePath } from '../app/icons.js';

/** Marks beside deadline states, so a state is read from its shape and word, never from colour alone. */

export function ClockMark({ className }: { className?: string }) {
  return (
    <Mark className={className}>
      <circle cx="12" cy="12" r="8.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <StrokePath d="M12 7.5V12l3 2" width={1.8} />
    </Mark>
  );
}

export function OverdueMark({ className }: { className?: string }) {
  return (
    <Mark className={className}>
      <circle cx="12" cy="12" r="9" fill="currentColor" />
      <path d="M12 7v6" fill="none" stroke="#fff" strokeWidth="2.2" strokeLinecap="round" />
      <circle cx="12" cy="16.6" r="1.3" fill="#fff" />
    </Mark>
  );
}

export function CheckMark({ className }: { className?: string }) {
  return (
    <Mark className={className}>
      <StrokePath d="m5.5 12.5 4.2 4.2 8.8-9.4" width={2} />
    </Mark>
  );
}

/** The Deadlines section of the navigation: an hourglass. */
export function HourglassMark({ className }: { className?: string }) {
  return (
    <Mark className={className}>
      <StrokePath
        d={
          'M6.5 3.5h11M6.5 20.5h11M7.5 3.5c0 4 4.5 5.5 4.5 8.5s-4.5 4.5-4.5 8.5' +
          'M16.5 3.5c0 4-4.5 5.5-4.5 8.5s4.5 4.5 4.5 8.5'
        }
      />
    </Mark>
  );
}
