import { type FormEvent, useState } from 'react';
import { Button } from './Button';

/**
 * A search field and its button, for what a scanner would read when the label will not scan (order number,
 * pickup code, EAN) or a name: Enter or the button hands the trimmed text over; an empty field does nothing.
 */
export function SearchForm({
  label,
  button,
  onSearch,
  clearOnSearch = false,
}: {
  label: string;
  button: string;
  onSearch: (text: string) => void;
  /** Empty the field after each search (home: the next code comes from the scanner). */
  clearOnSearch?: boolean;
}) {
  const [value, setValue] = useState('');
  function submit(event: FormEvent) {
    event.preventDefault();
    const text = value.trim();
    if (text) onSearch(text);
    if (clearOnSearch) setValue('');
  }
  return (
    <search className="search">
      <form className="search__form" onSubmit={submit}>
        <input
          type="search"
          aria-label={label}
          placeholder={label}
          value={value}
          onChange={(e) => setValue(e.target.value)}
        />
        <Button type="submit" variant="primary">
          {button}
        </Button>
      </form>
    </search>
  );
}
