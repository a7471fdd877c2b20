import type { ButtonHTMLAttributes } from 'react';

type Props = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: 'primary' | 'plain' | 'danger' };

/** A button big enough for a thumb (48 px), with an accessible name from its text or aria-label. */
export function Button({ variant = 'plain', className = '', type = 'button', ...props }: Props) {
  return <button type={type} className={`btn btn--${variant} ${className}`.trim()} {...props} />;
}
