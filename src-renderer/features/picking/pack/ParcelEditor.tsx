import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftParcel } from '../state';

/** One parcel being packed: its box (from the store's list), its weight, what was scanned into it. */
export function ParcelEditor({
  n,
  parcel,
  boxTypes,
  names,
  autoFocus,
  onChange,
  onRemove,
}: {
  n: number;
  parcel: DraftParcel;
  boxTypes: readonly string[];
  names: ReadonlyMap<string, string>;
  autoFocus: boolean;
  onChange(next: DraftParcel): void;
  onRemove: (() => void) | undefined;
}) {
  const { t } = useTranslation('picking');
  const boxName = (box: string) => t(`pack.boxes.${box}`, { defaultValue: box });
  // What the associate typed, as typed ("1." on the way to "1.25"); the grams follow it.
  const [weight, setWeight] = useState(parcel.weightGrams ? String(parcel.weightGrams / 1000) : '');
  return (
    <fieldset className="parcel">
      <legend>{t('pack.parcel', { n })}</legend>
      <label>
        {t('pack.box', { n })}
        <select value={parcel.box} onChange={(e) => onChange({ ...parcel, box: e.target.value })}>
          {boxTypes.map((box) => (
            <option key={box} value={box}>
              {boxName(box)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('pack.weight', { n })}
        <input
          type="number"
          inputMode="decimal"
          min={0}
          max={100}
          step={0.001}
          // biome-ignore lint/a11y/noAutofocus: packing by scanner: the weight is the one thing to type, then Enter
          autoFocus={autoFocus}
          value={weight}
          onChange={(e) => {
            setWeight(e.target.value);
            const kg = Number.parseFloat(e.target.value.replace(',', '.'));
            const grams = Number.isFinite(kg) ? Math.round(Math.min(100, Math.max(0, kg)) * 1000) : 0;
            onChange({ ...parcel, weightGrams: grams });
          }}
        />
      </label>
      {parcel.items.length > 0 && (
        <p className="muted">
          {t('pack.contents', { n, items: parcel.items.map((sku) => names.get(sku) ?? sku).join(', ') })}
        </p>
      )}
      {onRemove && (
        <button type="button" className="btn" onClick={onRemove}>
          {t('pack.removeParcel', { n })}
        </button>
      )}
    </fieldset>
  );
}
