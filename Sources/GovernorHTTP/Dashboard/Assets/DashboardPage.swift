/// The dashboard's page. Assets are Swift string literals rather than SwiftPM resources: the binary then carries
/// them wherever it is copied, with no resource bundle to find at run time (on Linux, `Bundle.module` looks next to
/// the executable and traps when the bundle is missing).
enum DashboardPage {
    static let html = #"""
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="color-scheme" content="light dark">
        <title>Governor</title>
        <link rel="stylesheet" href="/dashboard.css">
        <script src="/dashboard.js" defer></script>
        </head>
        <body>
        <a class="skip" href="#cards">Skip to the cards</a>
        <header class="top">
          <h1>Governor</h1>
          <p id="overall" class="status status-unknown"><span class="status-icon" aria-hidden="true">?</span> <span class="status-text">Not connected</span></p>
          <p id="freshness" class="freshness" role="status" aria-live="polite">Waiting for data</p>
          <button id="logout" type="button" hidden>Forget the key</button>
        </header>
        <main id="main">
          <form id="login" class="login" hidden>
            <h2>Open the dashboard</h2>
            <p>The dashboard key is in <code>GOVERNOR_DASH_KEY</code>, or in the file <code>governor run</code> named when it started.
            This browser keeps it only until the tab is closed.</p>
            <label for="key">Dashboard key</label>
            <input id="key" name="key" type="password" autocomplete="current-password" required>
            <button type="submit">Open</button>
            <p id="login-error" class="error" role="alert"></p>
          </form>
          <div id="cards" class="cards" tabindex="-1"></div>
        </main>
        <noscript><p class="error">The dashboard needs JavaScript. The same data is served as JSON at /api/ops/telemetry.</p></noscript>
        </body>
        </html>

        """#
}
