import type { MouseEvent, ReactNode } from 'react';
import { navigate } from './use-view-state.js';
import { viewHref, type ViewState } from './view-state.js';

/** A real link to a view (open in a new tab works); a plain click navigates in place. */
export function ViewLink({
  to,
  children,
  className,
  ariaCurrent,
}: {
  to: ViewState;
  children: ReactNode;
  className?: string;
  ariaCurrent?: boolean;
}) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <a href={viewHref(to)} onClick={onClick} className={className} aria-current={ariaCurrent ? 'page' : undefined}>
      {children}
    </a>
  );
}
