import { Empty, Loading } from '../common/states.js';
import { readableDay } from './dates.js';
import type { UpcomingDay } from './upcoming.js';

export interface UpcomingListProps {
  days: readonly UpcomingDay[] | null;
  from: string;
  to: string;
  /** "all AI systems" or the system's name. */
  scope: string;
  /** Name the system of each item (not when the page shows one system). */
  showSystem: boolean;
  /** The query failed (the page shows the error and a Retry once). */
  failed: boolean;
  /** Shows the coverage table as of that day. */
  onShowDay(date: string): void;
}

/** What becomes applicable after the chosen day, within a year, grouped by date. */
export function UpcomingList({ days, from, to, scope, showSystem, failed, onShowDay }: UpcomingListProps) {
  const count = days?.reduce((sum, day) => sum + day.items.length, 0) ?? 0;
  return (
    <aside className="side-panel gap-upcoming" aria-labelledby="gap-upcoming-heading">
      <h2 id="gap-upcoming-heading">What starts to apply next</h2>
      <p className="muted">
        From {readableDay(from)} to {readableDay(to)}, for {scope}.
      </p>
      {failed ? (
        <p className="error-text">Could not load this list; see the message above.</p>
      ) : days === null ? (
        <Loading what="what starts to apply next" />
      ) : days.length === 0 ? (
        <Empty>Nothing starts to apply in this period.</Empty>
      ) : (
        <>
          <p role="status">
            {count} {count === 1 ? 'obligation starts' : 'obligations start'} to apply.
          </p>
          {days.map((day) => (
            <section key={day.date} aria-labelledby={`upcoming-${day.date}`}>
              <h3 id={`upcoming-${day.date}`}>
                <time dateTime={day.date}>{readableDay(day.date)}</time> <span className="muted">({day.items.length})</span>
              </h3>
              <button type="button" className="small" onClick={() => onShowDay(day.date)}>
                Show coverage as of {readableDay(day.date)}
              </button>
              <ul>
                {day.items.map((item) => (
                  <li key={`${item.aiSystem.id}|${item.obligation.id}`}>
                    <strong>{item.obligation.code}</strong>
                    {showSystem && (
                      <>
                        {' '}
                        <span className="muted">for</span> {item.aiSystem.name}
                      </>
                    )}
                    <div className="muted small-text">
                      {item.obligation.summary} ({item.dateBasis})
                    </div>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </aside>
  );
}
