import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';

/** What the store's labels carry: EAN/UPC on products, Code 128 and QR on our own documents. */
const FORMATS = ['ean_13', 'ean_8', 'upc_a', 'upc_e', 'code_128', 'qr_code'] as const;

export type Detector = { detect(source: ImageBitmapSource): Promise<{ rawValue: string }[]> };

type NativeDetector = {
  new (options: { formats: string[] }): Detector;
  getSupportedFormats(): Promise<string[]>;
};

/**
 * A barcode detector: the browser's own (BarcodeDetector) where it reads our formats,
 * otherwise ZXing compiled to WebAssembly, whose .wasm is bundled with the app and
 * served by it (never a CDN): camera scanning works offline.
 */
export async function createDetector(): Promise<Detector> {
  const native = (globalThis as { BarcodeDetector?: NativeDetector }).BarcodeDetector;
  if (native) {
    const supported = await native.getSupportedFormats().catch(() => [] as string[]);
    if (FORMATS.every((f) => supported.includes(f))) return new native({ formats: [...FORMATS] });
  }
  const { BarcodeDetector, prepareZXingModule } = await import('barcode-detector/ponyfill');
  prepareZXingModule({
    overrides: {
      locateFile: (path: string, prefix: string) =>
        path.endsWith('.wasm') ? new URL(wasmUrl, location.href).href : prefix + path,
    },
  });
  return new BarcodeDetector({ formats: [...FORMATS] });
}

export const cameraAvailable = (): boolean => Boolean(globalThis.navigator?.mediaDevices?.getUserMedia);
