import { loadConfig } from './config';
import { stopGracefully } from './graceful-stop';
import { freezeObjectPrototype } from './harden';
import { startService } from './service';
import { exitOnStartupError } from './startup-error';

/** `node src-server/main.ts`: the service on the configured database (embedded PGlite by default). */
freezeObjectPrototype();
const config = loadConfig();
const pretty = process.stdout.isTTY && process.env.NODE_ENV !== 'production';
const service = await startService({
  ...config,
  ...(config.databaseSchema ? { schema: config.databaseSchema } : {}),
  logger: {
    level: config.logLevel,
    ...(pretty
      ? {
          transport: {
            target: 'pino-pretty',
            options: { translateTime: 'HH:MM:ss', ignore: 'pid,hostname' },
          },
        }
      : {}),
  },
}).catch((error: unknown) => exitOnStartupError(error));
service.app.log.info(
  { url: service.url, database: service.db.kind, dataDir: config.databaseUrl ? undefined : config.dataDir },
  'service ready',
);
const { generated } = service.secrets;
if (generated.omsApiKey || generated.adminToken) {
  // Shown this once: only their keyed hashes are stored.
  console.log(
    `Generated credentials (shown once, keep them): OMS API key ${generated.omsApiKey ?? '(configured)'}, ` +
      `admin token ${generated.adminToken ?? '(configured)'}`,
  );
}

stopGracefully(async ({ signal, err }) => {
  if (err) service.app.log.error({ err }, 'stopping after an error');
  else service.app.log.info({ signal }, 'stopping');
  await service.close();
});
