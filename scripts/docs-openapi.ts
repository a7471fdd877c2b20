import { writeFileSync } from 'node:fs';
import { startService } from '../src-server/service';

/** docs/openapi.json: the service's OpenAPI description, for integrators without a running service. */
const service = await startService({ omsApiKeys: ['docs'], adminToken: 'docs' });
try {
  const document = service.app.swagger();
  writeFileSync(new URL('../docs/openapi.json', import.meta.url), `${JSON.stringify(document, null, 2)}\n`);
  console.log('docs/openapi.json written');
} finally {
  await service.close();
}
