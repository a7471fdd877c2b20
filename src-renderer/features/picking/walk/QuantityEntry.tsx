import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** "Scan once, type 6": the number of units the last scan stands for. */
export function QuantityEntry({
  name,
  counted,
  onApply,
}: {
  name: string;
  counted: number;
  onApply(total: number): void;
}) {
  const { t } = useTranslation('picking');
  const [value, setValue] = useState('');
  return (
    <form
      className="stop__quantity"
      onSubmit={(e) => {
        e.preventDefault();
        const total = Number.parseInt(value, 10);
        if (Number.isSafeInteger(total) && total > counted && total <= 999) onApply(total);
        setValue('');
      }}
    >
      <label>
        {t('walk.quantity', { name })}
        <input
          type="number"
          inputMode="numeric"
          min={1}
          max={999}
          value={value}
          placeholder={String(counted)}
          onChange={(e) => setValue(e.target.value)}
        />
      </label>
      <button type="submit" className="btn">
        {t('walk.quantityApply')}
      </button>
    </form>
  );
}
