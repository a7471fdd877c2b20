import { useStaffMember } from '../../data/hooks';

function StaffName({ id }: { id: string }) {
  return <>{useStaffMember(id)?.displayName ?? id}</>;
}

/** Who is on an order, by name (the id while the staff list is not synced). */
export function StaffNames({ ids }: { ids: readonly string[] }) {
  return (
    <>
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 && ', '}
          <StaffName id={id} />
        </span>
      ))}
    </>
  );
}
