/**
 * The reference dispatch backend: `npm start` at the repository root, or
 * `node --conditions=source --import tsx host-demo/server/src/main.ts`.
 * Configuration by environment variables (see config.ts): PORT, DATABASE_URL,
 * SIRENE_DATA_DIR, SIRENE_MODE, …
 */
import { loadConfig } from './config.js';
import { startServer } from './server.js';

try {
  const config = loadConfig();
  const server = await startServer(config);
  if (server.startup.expired.length || server.startup.resumed.length || server.startup.unknown) {
    console.log(
      `After restart: ${server.startup.expired.length} alert(s) expired, ${server.startup.resumed.length} broadcast(s) resumed, ` +
        `${server.startup.unknown} delivery(ies) in progress at the stop reported as unknown (not sent again).`,
    );
  }
  console.log(
    `Sirene reference host: ${server.url}/  (API ${server.url}/api/openapi.json, CAP feed ${server.url}/feeds/cap.atom; ` +
      `${server.db.kind}${config.databaseUrl ? '' : ` in ${config.dataDir}`}; Ctrl+C to stop)`,
  );
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      server.close().then(
        () => process.exit(0),
        (error: unknown) => {
          console.error(error);
          process.exit(1);
        },
      );
    });
  }
} catch (error) {
  const e = error as NodeJS.ErrnoException;
  if (e.code === 'EADDRINUSE') {
    console.error(
      `Port ${process.env.PORT ?? 8080} is in use. Stop the other server or start with another port: PORT=8081 npm start`,
    );
  } else {
    console.error(`Cannot start the server: ${e.message}`);
  }
  process.exit(1);
}
