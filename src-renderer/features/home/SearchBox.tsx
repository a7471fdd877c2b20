import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Type what a scanner would read (order number, pickup code, EAN) when the label will not scan. */
export function SearchBox({ onSearch }: { onSearch: (code: string) => void }) {
  const { t } = useTranslation('home');
  const [value, setValue] = useState('');
  function submit(event: FormEvent) {
    event.preventDefault();
    if (value.trim()) onSearch(value.trim());
    setValue('');
  }
  return (
    <search className="search">
      <form className="search__form" onSubmit={submit}>
        <input
          type="search"
          aria-label={t('search')}
          placeholder={t('search')}
          value={value}
          onChange={(e) => setValue(e.target.value)}
        />
        <button type="submit" className="btn btn--primary">
          {t('searchButton')}
        </button>
      </form>
    </search>
  );
}
