import { useEffect, useRef } from 'react';
import type { BarChartData } from './completionChart';

/**
 * A horizontal stacked bar chart, drawn by chart.js loaded on first use (a dynamic
 * import keeps it out of the first-load bundle). The canvas is a picture for sighted
 * readers; the data table next to it carries the same numbers for everyone.
 */
export function BarChart({ data, label }: { data: BarChartData; label: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let chart: { destroy(): void } | undefined;
    let cancelled = false;
    void import('chart.js/auto').then(({ default: Chart }) => {
      if (cancelled || !canvas.current) return;
      chart = new Chart(canvas.current, {
        type: 'bar',
        data,
        options: {
          indexAxis: 'y',
          maintainAspectRatio: false,
          animation: false,
          scales: {
            x: { stacked: true, beginAtZero: true, ticks: { precision: 0 } },
            // Long course titles would squeeze the bars on a phone; the table beside the chart has them whole.
            y: { stacked: true, ticks: { callback: (_value, index) => shortLabel(data.labels[index]) } },
          },
          plugins: { legend: { position: 'bottom' } },
        },
      });
    });
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, [data]);
  // Height grows with the bars, so long course titles stay readable on a phone.
  return (
    <div className="coordinator-chart" style={{ height: `${Math.max(10, 4 + data.labels.length * 2.5)}rem` }}>
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}

const LABEL_MAX = 16;

function shortLabel(label: string): string {
  return label.length > LABEL_MAX ? `${label.slice(0, LABEL_MAX - 1)}…` : label;
}
