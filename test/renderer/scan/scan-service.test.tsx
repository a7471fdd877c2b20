import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { ScanProvider, useScan } from '../../../src-renderer/scan/react';
import type { Scan, ScanService } from '../../../src-renderer/scan/service';
import { steppedScanner } from '../support';

/** A screen with a note field that lists the scans it receives. */
function Screen() {
  const [scans, setScans] = useState<Scan[]>([]);
  useScan((scan) => setScans((s) => [...s, scan]));
  return (
    <>
      <label>
        Note
        <input />
      </label>
      <ul aria-label="scans">
        {scans.map((s, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the same code may be scanned twice
          <li key={i}>{s.code}</li>
        ))}
      </ul>
    </>
  );
}

function setUp(service: ScanService) {
  render(
    <ScanProvider service={service}>
      <Screen />
    </ScanProvider>,
  );
  return {
    field: screen.getByRole('textbox', { name: 'Note' }),
    scans: screen.getByRole('list', { name: 'scans' }),
  };
}

describe('the scan service (keyboard wedge)', () => {
  it('takes a fast burst ended by Enter as a scan, delivered to the screen without a focused field', async () => {
    const { service } = steppedScanner(5);
    const { scans } = setUp(service);
    await userEvent.keyboard('3601234567892{Enter}');
    expect(scans).toHaveTextContent('3601234567892');
  });

  it('leaves typing alone: slow keys go into the focused field and are no scan', async () => {
    const { service } = steppedScanner(200);
    const { field, scans } = setUp(service);
    await userEvent.click(field);
    await userEvent.keyboard('FR-101{Enter}');
    expect(field).toHaveValue('FR-101');
    expect(scans).toBeEmptyDOMElement();
  });

  it('never types a scan into the focused field, and keeps what was typed before', async () => {
    const { service, clock } = steppedScanner(200);
    const { field, scans } = setUp(service);
    await userEvent.click(field);
    await userEvent.keyboard('abc');
    clock.at += 1000;
    clock.step = 5;
    await userEvent.keyboard('FR100000042{Enter}');
    expect(scans).toHaveTextContent('FR100000042');
    expect(field).toHaveValue('abc');
    expect(field).toHaveFocus();
  });

  it('uses the suffix it is set to: Tab instead of Enter', async () => {
    const { service } = steppedScanner(5, { suffix: 'Tab' });
    const { scans } = setUp(service);
    await userEvent.keyboard('4006381333931{Enter}');
    expect(scans).toBeEmptyDOMElement();
    await userEvent.keyboard('4006381333931{Tab}');
    expect(scans).toHaveTextContent('4006381333931');
  });

  it('gives the keys back to the field when a fast burst turns out to be typing (no suffix)', async () => {
    const { service } = steppedScanner(5);
    const { field, scans } = setUp(service);
    await userEvent.click(field);
    await userEvent.keyboard('ok');
    await waitFor(() => expect(field).toHaveValue('ok'));
    expect(scans).toBeEmptyDOMElement();
  });

  it('takes a scan without suffix when set so: the burst ends when the keys stop', async () => {
    const { service } = steppedScanner(5, { suffix: 'none' });
    const { scans } = setUp(service);
    await userEvent.keyboard('4006381333931');
    await waitFor(() => expect(scans).toHaveTextContent('4006381333931'));
  });

  it('delivers a scan to the screen that listened last only (a dialog over a screen)', async () => {
    const { service } = steppedScanner(5);
    const { scans } = setUp(service);
    const taken: string[] = [];
    const stop = service.subscribe((s) => taken.push(s.code));
    await userEvent.keyboard('ABCD1234{Enter}');
    expect(taken).toEqual(['ABCD1234']);
    expect(scans).toBeEmptyDOMElement();
    stop();
    await userEvent.keyboard('ABCD1234{Enter}');
    expect(scans).toHaveTextContent('ABCD1234');
  });
});
