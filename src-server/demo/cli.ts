import { parseDemoArgs, USAGE } from './args';
import { loadDemoStore } from './load';
import { loadDemoNetwork } from './network';

try {
  const options = parseDemoArgs(process.argv.slice(2), process.env);
  if (options === 'help') {
    console.log(USAGE);
  } else {
    const log = (line: string) => console.log(line);
    const { stores, storeId: _storeId, ...rest } = options;
    const result =
      stores === undefined
        ? await loadDemoStore({ ...options, log })
        : await loadDemoNetwork({ ...rest, stores, log });
    console.log(JSON.stringify(result));
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  console.error(`\n${USAGE}`);
  process.exitCode = 1;
}
