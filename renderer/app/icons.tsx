import type { ReactNode } from 'react';

/**
 * Decorative marks drawn inline (no icon font, nothing fetched); hidden from assistive technology.
 * Every mark of the app is drawn with `Mark` (the frame) and, for outlines, `StrokePath`, so the
 * navigation, the deadline states and the statistics do not each carry their own copy of the SVG.
 */

interface MarkProps {
  className?: string;
}

/**
 * The frame every mark shares: a 24-unit square, out of the accessibility tree and the tab order.
 * A `directional` mark means a way along the line of text (next, back, from → to): it is drawn
 * mirrored in a right-to-left language. A clock, a lock or a check mark is never directional.
 */
export function Mark({ className, directional, children }: MarkProps & { directional?: boolean; children: ReactNode }) {
  const classes = [className, directional ? 'mark-directional' : undefined].filter(Boolean).join(' ');
  return (
    <svg className={classes || undefined} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

/** An outline in the text's colour, with round ends and joins. */
export function StrokePath({ d, width = 1.6 }: { d: string; width?: number }) {
  return (
    <path d={d} fill="none" stroke="currentColor" strokeWidth={width} strokeLinecap="round" strokeLinejoin="round" />
  );
}

export function ShieldMark({ className }: MarkProps) {
  return (
    <Mark className={className}>
      <StrokePath d="M12 2.5 4.5 5.3v6.1c0 4.6 3.1 8.7 7.5 10.1 4.4-1.4 7.5-5.5 7.5-10.1V5.3L12 2.5Z" />
      <StrokePath d="m8.6 12.2 2.4 2.4 4.5-4.8" />
    </Mark>
  );
}

export function PadlockMark({ className }: MarkProps) {
  return (
    <Mark className={className}>
      <rect x="5" y="10.5" width="14" height="10" rx="2" fill="none" stroke="currentColor" strokeWidth="1.6" />
      <StrokePath d="M8.5 10.5V7.8a3.5 3.5 0 0 1 7 0v2.7" />
    </Mark>
  );
}

export function FolderMark({ className }: MarkProps) {
  return (
    <Mark className={className}>
      <StrokePath d="M3.5 7.5a2 2 0 0 1 2-2h4l2 2h7a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2h-13a2 2 0 0 1-2-2v-10Z" />
    </Mark>
  );
}

export function GearMark({ className }: MarkProps) {
  return (
    <Mark className={className}>
      <circle cx="12" cy="12" r="3" fill="none" stroke="currentColor" strokeWidth="1.6" />
      <StrokePath
        d={'M12 3.5v2.2M12 18.3v2.2M3.5 12h2.2M18.3 12h2.2M6 6l1.6 1.6M16.4 16.4 18 18M6 18l1.6-1.6M16.4 7.6 18 6'}
      />
    </Mark>
  );
}

/** The navigation's mark for Statistics: three bars on a base line. */
export function ChartMark({ className }: MarkProps) {
  return (
    <Mark className={className}>
      <StrokePath d="M4 19.5h16M7 17v-5M12 17V7M17 17v-8" width={1.8} />
    </Mark>
  );
}

/** Toward what comes next in reading order (from one holder to the next): right in English, left in Arabic. */
export function ForwardArrowMark({ className }: MarkProps) {
  return (
    <Mark className={className} directional>
      <StrokePath d="M4.5 12h15M13.5 6l6 6-6 6" width={1.8} />
    </Mark>
  );
}
