import './item-picture.css';

/** Where a product photo goes: a placeholder with the item's initials until the catalogue sends pictures. */
export function ItemPicture({ name, label }: { name: string; label: string }) {
  const initials = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]?.toUpperCase())
    .join('');
  return (
    <div className="item-picture" role="img" aria-label={label}>
      <span aria-hidden="true">{initials}</span>
    </div>
  );
}
