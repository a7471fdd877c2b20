// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { collectReceipt } from '../../../../src-renderer/print/documents';
import { renderPdf } from '../../../../src-renderer/print/pdf';
import { readPdf } from '../../print/pdf-text';
import { storeDay } from '../../print/store-day';

describe('the collection receipt of a Click & Collect handover', () => {
  it('says what was taken, what was refused and why, to whom, the ID shown, the override and the signature', async () => {
    const day = storeDay();
    day.world.assign({ id: 'o-part', number: 'FR-200001', kind: 'click_and_collect' });
    day.world.run('pick', { orderId: 'o-part', lineId: 'l1', qty: 2, barcode: '' });
    day.world.run('pick', { orderId: 'o-part', lineId: 'l2', qty: 1, barcode: '' });
    day.world.run('ready_for_pickup', { orderId: 'o-part', stagingLocation: 'R-02' });
    const slip = await readPdf(
      await renderPdf(collectReceipt(day.order('o-part'), day.context()).definition),
    );
    expect(slip.pages[0]).toContain('Emplacement de retrait : R-02');

    day.world.run('handover', {
      orderId: 'o-part',
      lines: [{ lineId: 'l1', qty: 2 }],
      refused: [{ lineId: 'l2', qty: 1, reason: 'wrong_size' }],
      verification: { method: 'id_document', proof: '7731', idType: 'passport' },
      recipient: { name: 'Alex Martin', relation: 'friend' },
      override: { managerId: 'alice' },
      signature: 'data:image/png;base64,iVBORw0KGgo=',
    });
    const { pages } = await readPdf(
      await renderPdf(collectReceipt(day.order('o-part'), day.context()).definition),
    );
    const page = pages[0] ?? '';
    expect(page).toContain('À Alex Martin (un ami)');
    expect(page).toContain("Vérifié par : pièce d'identité (Passeport)");
    expect(page).toContain('Code différent accepté par le manager alice');
    expect(page).toContain("Signé à l'écran par la personne qui retire");
    expect(page).toMatch(/1 × .*refusé \(Mauvaise taille\), retour en stock/);
    expect(page).not.toContain('reste à retirer');
  });
});
