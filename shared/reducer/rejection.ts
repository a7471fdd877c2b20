/** Thrown inside a command to refuse it: the reducer discards every change the command made. */
export class Rejection extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'Rejection';
  }
}
