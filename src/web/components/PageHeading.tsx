import { useEffect, useRef, type ReactNode } from "react";

/**
 * The page's one h1. It names the page in the tab's title and takes the focus when the page opens,
 * so that a screen-reader user hears where a link led (WCAG 2.4.2, 2.4.3); it is not a tab stop.
 */
export function PageHeading({ children, title }: { children: ReactNode; title: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} — SRO Compliance`;
    ref.current?.focus();
  }, [title]);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
