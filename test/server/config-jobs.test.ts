import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src-server/config';

describe('service settings for the stream heartbeat and the tombstone job', () => {
  it('defaults: a 15 s heartbeat, closed documents kept 30 days on devices, the job hourly', () => {
    expect(loadConfig({})).toMatchObject({
      heartbeatMs: 15_000,
      closedKeepDays: 30,
      tombstoneEveryMs: 3_600_000,
    });
  });

  it('takes the environment, and never a heartbeat that would flood the streams or a keep of 0 days', () => {
    expect(
      loadConfig({ HEARTBEAT_MS: '5000', CLOSED_KEEP_DAYS: '90', TOMBSTONE_EVERY_MS: '0' }),
    ).toMatchObject({
      heartbeatMs: 5000,
      closedKeepDays: 90,
      tombstoneEveryMs: 0,
    });
    expect(loadConfig({ HEARTBEAT_MS: '0', CLOSED_KEEP_DAYS: '0' })).toMatchObject({
      heartbeatMs: 15_000,
      closedKeepDays: 30,
    });
    expect(loadConfig({ HEARTBEAT_MS: '10', CLOSED_KEEP_DAYS: 'soon' })).toMatchObject({
      heartbeatMs: 100,
      closedKeepDays: 30,
    });
  });
});
