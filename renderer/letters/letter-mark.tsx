/** The Templates section's mark: a sheet with lines of text; decorative, hidden from assistive technology. */
export function LetterMark({ className }: { className?: string }) {
  return (
    <svg className={className} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M6 3.5h8.5L19 8v12.5H6Z" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />
      <path
        d="M14.5 3.5V8H19M9 12h7M9 15h7M9 18h4.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
      />
    </svg>
  );
}
