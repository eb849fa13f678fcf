import { useApi } from "../../app/use-api.ts";
import { ErrorNotice, Loading } from "../../components/Notices.tsx";
import { bucketDeadlines, daysBetween, formatDay, lastDayOf, niceScale, type DeadlineLike, type MonthBucket } from "./chart.ts";
import { apiPath, type Viewpoint } from "./viewpoint.ts";

interface Deadlines {
  asOf: string;
  items: DeadlineLike[];
}

const MONTHS = 12;
/** Enough days to reach the end of the twelfth month from any day of the first. */
const WITHIN_DAYS = 366;

/**
 * Deadlines over the coming twelve months (GET /api/v1/deadlines), drawn as a stacked bar chart by
 * hand in SVG: training deadlines solid, POST refreshers hatched (so the two differ without color),
 * with every number in a table beside it for screen readers and anyone who prefers numbers.
 */
export function DeadlineChart({ viewpoint }: { viewpoint: Viewpoint }) {
  const deadlines = useApi<Deadlines>(apiPath("/api/v1/deadlines", viewpoint, { within: WITHIN_DAYS }), { purpose: "training compliance overview" });
  if (deadlines.status === "loading") return <Loading what="the deadlines" />;
  if (deadlines.status === "error") return <ErrorNotice error={deadlines.error} what="The deadlines could not be loaded" />;
  const { asOf, items } = deadlines.data;
  const buckets = bucketDeadlines(items, asOf, MONTHS);
  const until = lastDayOf(asOf, MONTHS);
  const total = buckets.reduce((n, b) => n + b.total, 0);
  const busiest = buckets.reduce((a, b) => (b.total > a.total ? b : a), buckets[0] ?? { total: 0, longLabel: "" });
  const summary =
    total === 0
      ? `No training or refresher deadline falls between ${formatDay(asOf)} and ${formatDay(until)}.`
      : `${total} deadline${total === 1 ? "" : "s"} between ${formatDay(asOf)} and ${formatDay(until)}; the most in ${busiest.longLabel} (${busiest.total}).`;
  return (
    <figure className="deadline-figure">
      <figcaption id="deadline-chart-caption">{summary}</figcaption>
      <Bars buckets={buckets} describedBy="deadline-chart-caption" />
      <ul className="chart-legend" aria-label="Legend">
        <li>
          <svg width="16" height="16" aria-hidden="true" focusable="false">
            <rect width="16" height="16" className="bar-training" />
          </svg>{" "}
          Training deadline (solid)
        </li>
        <li>
          <svg width="16" height="16" aria-hidden="true" focusable="false">
            <rect width="16" height="16" className="bar-refresher" fill="url(#refresher-hatch)" />
          </svg>{" "}
          POST refresher due (hatched)
        </li>
      </ul>
      <details className="chart-numbers">
        <summary>The numbers behind the chart</summary>
        <div className="table-scroll">
          <table>
            <caption>Deadlines per month, {formatDay(asOf)} to {formatDay(until)}</caption>
            <thead>
              <tr>
                <th scope="col">Month</th>
                <th scope="col">Training deadlines</th>
                <th scope="col">POST refreshers due</th>
                <th scope="col">Total</th>
              </tr>
            </thead>
            <tbody>
              {buckets.map((b) => (
                <tr key={b.month}>
                  <th scope="row">{b.longLabel}</th>
                  <td>{b.training}</td>
                  <td>{b.refresher}</td>
                  <td>{b.total}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="hint">Counted from the API's list of the next {daysBetween(asOf, until) + 1} days; deadlines already passed show as Overdue above.</p>
      </details>
    </figure>
  );
}

const WIDTH = 720;
const HEIGHT = 260;
const PLOT = { left: 40, right: 10, top: 20, bottom: 40 };

function Bars({ buckets, describedBy }: { buckets: readonly MonthBucket[]; describedBy: string }) {
  const { top, ticks } = niceScale(Math.max(0, ...buckets.map((b) => b.total)));
  const plotWidth = WIDTH - PLOT.left - PLOT.right;
  const plotHeight = HEIGHT - PLOT.top - PLOT.bottom;
  const slot = plotWidth / Math.max(1, buckets.length);
  const barWidth = slot * 0.6;
  const y = (value: number) => PLOT.top + plotHeight - (value / top) * plotHeight;
  return (
    <svg className="deadline-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label="Bar chart of deadlines per month" aria-describedby={describedBy}>
      <defs>
        <pattern id="refresher-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" className="hatch-ground" />
          <line x1="0" y1="0" x2="0" y2="6" className="hatch-line" />
        </pattern>
      </defs>
      {ticks.map((t) => (
        <g key={t} aria-hidden="true">
          <line x1={PLOT.left} x2={WIDTH - PLOT.right} y1={y(t)} y2={y(t)} className="chart-grid" />
          <text x={PLOT.left - 6} y={y(t) + 4} textAnchor="end" className="chart-tick">
            {t}
          </text>
        </g>
      ))}
      {buckets.map((b, i) => {
        const x = PLOT.left + i * slot + (slot - barWidth) / 2;
        const trainingTop = y(b.training);
        const refresherTop = y(b.total);
        return (
          <g key={b.month} aria-hidden="true">
            {b.training > 0 ? <rect x={x} y={trainingTop} width={barWidth} height={y(0) - trainingTop} className="bar-training" /> : null}
            {b.refresher > 0 ? <rect x={x} y={refresherTop} width={barWidth} height={trainingTop - refresherTop} className="bar-refresher" fill="url(#refresher-hatch)" /> : null}
            {b.total > 0 ? (
              <text x={x + barWidth / 2} y={refresherTop - 4} textAnchor="middle" className="chart-value">
                {b.total}
              </text>
            ) : null}
            <text x={x + barWidth / 2} y={HEIGHT - PLOT.bottom + 16} textAnchor="middle" className="chart-month">
              {b.label.slice(0, 3)}
            </text>
            {i === 0 || b.month.endsWith("-01") ? (
              <text x={x + barWidth / 2} y={HEIGHT - PLOT.bottom + 32} textAnchor="middle" className="chart-year">
                {b.month.slice(0, 4)}
              </text>
            ) : null}
          </g>
        );
      })}
      <line x1={PLOT.left} x2={WIDTH - PLOT.right} y1={y(0)} y2={y(0)} className="chart-axis" aria-hidden="true" />
    </svg>
  );
}
