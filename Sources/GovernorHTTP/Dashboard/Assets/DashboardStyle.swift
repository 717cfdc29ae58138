/// The dashboard's stylesheet, shared with `governor report`: light and dark schemes follow the system setting,
/// one column on a phone, and every status has an icon and a word besides its colour.
public enum DashboardStyle {
    public static let css = #"""
        :root { color-scheme: light dark; --bg: #f5f6f8; --card: #ffffff; --text: #1b1f24; --muted: #57606a;
          --line: #d0d7de; --accent: #0b5cad; --green: #1a7f37; --yellow: #8a6100; --red: #c62828;
          --green-bg: #dafbe1; --yellow-bg: #fff3c4; --red-bg: #ffe0e0; --chart: #0b5cad; }
        @media (prefers-color-scheme: dark) {
          :root { --bg: #0d1117; --card: #161b22; --text: #e6edf3; --muted: #9da7b3; --line: #30363d;
            --accent: #6cb6ff; --green: #56d364; --yellow: #e3b341; --red: #ff7b72;
            --green-bg: #12261e; --yellow-bg: #2e2411; --red-bg: #3a1618; --chart: #6cb6ff; }
        }
        * { box-sizing: border-box; }
        [hidden] { display: none !important; }
        body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; background: var(--bg); color: var(--text); }
        a { color: var(--accent); }
        code, pre { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.9em; }
        .skip { position: absolute; left: -999px; top: 0; background: var(--card); padding: 8px; z-index: 10; }
        .skip:focus { left: 8px; }
        :focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
        .top { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 16px; padding: 12px 16px; background: var(--card); border-bottom: 1px solid var(--line); }
        .top h1 { font-size: 1.3rem; margin: 0; }
        .freshness { margin: 0; color: var(--muted); }
        .freshness.stale { color: var(--red); font-weight: 600; }
        main { padding: 16px; max-width: 1500px; margin: 0 auto; }
        .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(340px, 1fr)); gap: 16px; }
        .card { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 14px 16px; min-width: 0; }
        .card.wide { grid-column: 1 / -1; }
        .card h2 { font-size: 1.05rem; margin: 0; }
        .card-head { display: flex; justify-content: space-between; align-items: center; gap: 8px; flex-wrap: wrap; }
        .stale .card { opacity: 0.6; }
        .status { display: inline-flex; align-items: center; gap: 4px; margin: 0; padding: 2px 10px; border-radius: 999px; font-weight: 600; font-size: 0.9rem; border: 1px solid currentColor; }
        .status-green { color: var(--green); background: var(--green-bg); }
        .status-yellow { color: var(--yellow); background: var(--yellow-bg); }
        .status-red { color: var(--red); background: var(--red-bg); }
        .status-unknown { color: var(--muted); }
        .reasons { margin: 8px 0 0; padding-left: 18px; color: var(--muted); }
        dl.rows { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1.2fr); gap: 4px 12px; margin: 10px 0 0; }
        dl.rows dt { color: var(--muted); }
        dl.rows dd { margin: 0; font-variant-numeric: tabular-nums; overflow-wrap: anywhere; }
        .spark { color: var(--chart); margin-top: 8px; }
        .spark svg { width: 100%; height: 36px; display: block; }
        .charts { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 12px 20px; margin-top: 10px; }
        .chart-figure { margin: 0; min-width: 0; }
        .chart-figure figcaption { font-size: 0.85rem; color: var(--muted); margin-bottom: 2px; }
        .charts svg { width: 100%; height: auto; color: var(--chart); overflow: visible; }
        svg .chart-target { color: var(--yellow); }
        svg .chart-breach { fill: var(--red); }
        svg .chart-axes { color: var(--muted); }
        svg.alert-timeline { width: 100%; height: auto; }
        svg .timeline-firing { color: var(--red); }
        svg .timeline-pending { color: var(--yellow); }
        svg .timeline-mark { color: var(--text); }
        svg .timeline-label { color: var(--text); }
        .table-scroll { overflow-x: auto; margin-top: 10px; }
        table { border-collapse: collapse; width: 100%; font-size: 0.88rem; }
        caption { text-align: left; font-weight: 600; padding: 4px 0; }
        th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--line); white-space: nowrap; }
        button, select, input { font: inherit; color: inherit; }
        button { background: var(--card); border: 1px solid var(--line); border-radius: 6px; padding: 5px 12px; cursor: pointer; min-height: 34px; }
        button.primary { background: var(--accent); border-color: var(--accent); color: var(--card); }
        button.danger { border-color: var(--red); color: var(--red); }
        button:disabled { opacity: 0.5; cursor: not-allowed; }
        input, select { background: var(--bg); border: 1px solid var(--line); border-radius: 6px; padding: 5px 8px; min-height: 34px; }
        .actions { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 10px; }
        .actions select { max-width: 100%; }
        .confirm { border: 1px solid var(--line); border-radius: 6px; padding: 10px; margin-top: 8px; display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
        .result { margin: 8px 0 0; overflow-wrap: anywhere; }
        .alert-list .muted { overflow-wrap: anywhere; }
        .error { color: var(--red); }
        .alert-list { list-style: none; padding: 0; margin: 10px 0 0; }
        .alert-list li { border-top: 1px solid var(--line); padding: 8px 0; }
        .doc { max-height: 480px; overflow: auto; border: 1px solid var(--line); border-radius: 6px; padding: 0 12px; margin-top: 10px; }
        .doc pre { overflow-x: auto; padding: 8px; background: var(--bg); }
        pre.log { max-height: 220px; overflow: auto; background: var(--bg); padding: 8px; white-space: pre-wrap; overflow-wrap: anywhere; font-size: 0.8rem; }
        .login { max-width: 420px; background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 16px; display: grid; gap: 8px; }
        .muted { color: var(--muted); }
        .report section { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 14px 16px; margin-bottom: 16px; }
        @media (max-width: 600px) {
          main { padding: 8px; }
          .cards { grid-template-columns: 1fr; gap: 10px; }
          dl.rows { grid-template-columns: 1fr; }
          dl.rows dd { margin-bottom: 4px; }
          .charts { grid-template-columns: 1fr; }
        }
        @media (prefers-reduced-motion: reduce) { * { transition: none !important; } }

        """#
}
