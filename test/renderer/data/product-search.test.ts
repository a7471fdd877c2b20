import { describe, expect, it } from 'vitest';
import { CodeIndex } from '../../../src-renderer/data/search/code-index';
import { ProductIndex, queryWords } from '../../../src-renderer/data/search/product-index';

const product = (sku: string, name: string, colour = 'Bleu', size = 'M', brand = 'Maison') => ({
  sku,
  name,
  brand,
  colour,
  size,
});

describe('product search indexes', () => {
  it('finds products by words of name, colour and size, accents optional, prefix from the third letter', () => {
    const index = new ProductIndex();
    index.upsertAll([
      product('F1-BLE-M', 'Chemise en lin lavé'),
      product('F1-BLA-M', 'Chemise en lin lavé', 'Blanc'),
      product('F2-NOI-L', 'Pull mérinos', 'Noir', 'L'),
    ]);
    expect(index.search('chemise blanc')).toEqual(['F1-BLA-M']);
    expect(index.search('merinos')).toEqual(['F2-NOI-L']);
    expect(index.search('lav').sort()).toEqual(['F1-BLA-M', 'F1-BLE-M']);
    expect(index.search('ch')).toEqual([]);
    expect(queryWords('chemise b')).toEqual(['chemise']);
    // Changes follow one product at a time.
    index.upsert(product('F2-NOI-L', 'Gilet mérinos', 'Noir', 'L'));
    expect(index.search('pull')).toEqual([]);
    expect(index.search('gilet')).toEqual(['F2-NOI-L']);
    index.remove('F2-NOI-L');
    expect(index.search('gilet')).toEqual([]);
    expect(index.size).toBe(2);
  });

  it('finds SKUs and barcodes by their start, case-insensitive, in code order', () => {
    const codes = new CodeIndex();
    codes.upsert('F000123-BLE-M', ['3700000000017']);
    codes.upsert('F000123-BLE-L', ['3700000000024', '8000000000011']);
    codes.upsert('H000900-GRI-TU', ['3700000000031']);
    expect(codes.startingWith('f000123', 10)).toEqual(['F000123-BLE-L', 'F000123-BLE-M']);
    expect(codes.startingWith('80000', 10)).toEqual(['F000123-BLE-L']);
    expect(codes.startingWith('370000000003', 10)).toEqual(['H000900-GRI-TU']);
    expect(codes.startingWith('37', 2)).toHaveLength(2);
    codes.remove('H000900-GRI-TU');
    expect(codes.startingWith('H', 10)).toEqual([]);
  });
});
