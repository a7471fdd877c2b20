/// <reference lib="dom" />
import type { DeviceCredentials } from '@shared/sync/protocol';
import { browserStorage } from '../../../src-renderer/data/storage';
import { type Docs, fetchAll, type RawFigures, writeRaw } from './raw-idb';
import { type ReplicaFigures, runReplica } from './replica-run';
import { insertRxdb } from './rxdb-insert';

/** What the benchmark driver (scripts/bench/browser.ts) calls through page.evaluate. */
export type BenchPage = {
  replica(
    credentials: DeviceCredentials,
    databaseName: string,
    pipelinePages?: boolean,
  ): Promise<ReplicaFigures>;
  /** Fetch the documents for the raw write; answers how many (the documents stay in the page). */
  fetch(serviceUrl: string, token: string): Promise<number>;
  /** Write the fetched documents one way and time it. */
  measure(what: 'parallel' | 'sequential' | 'rxdb' | 'app-storage'): Promise<RawFigures>;
};

let docs: Docs | undefined;

const bench: BenchPage = {
  replica: runReplica,
  async fetch(serviceUrl, token) {
    docs = await fetchAll(serviceUrl, token);
    return [...docs.values()].reduce((n, list) => n + list.length, 0);
  },
  async measure(what) {
    if (!docs) throw new Error('fetch first');
    if (what === 'rxdb') return insertRxdb(docs, 'bench_rxdb');
    if (what === 'app-storage') return insertRxdb(docs, 'bench_app', browserStorage());
    return writeRaw(docs, 'bench_raw', what);
  },
};

(globalThis as unknown as { bench: BenchPage }).bench = bench;
