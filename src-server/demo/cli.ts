import { parseDemoArgs, USAGE } from './args';
import { loadDemoStore } from './load';

try {
  const options = parseDemoArgs(process.argv.slice(2), process.env);
  if (options === 'help') {
    console.log(USAGE);
  } else {
    const result = await loadDemoStore({ ...options, log: (line) => console.log(line) });
    console.log(JSON.stringify(result));
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  console.error(`\n${USAGE}`);
  process.exitCode = 1;
}
