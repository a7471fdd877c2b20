/** Stages and urgency are domain rules shared with the service's day figures: they live in shared/. */
export * from '@shared/domain/stages';
