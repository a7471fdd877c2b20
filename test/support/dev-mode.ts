import { addRxPlugin } from 'rxdb';
import { disableWarnings, RxDBDevModePlugin } from 'rxdb/plugins/dev-mode';

// Integration tests run RxDB in dev-mode (strict schema checks) with ajv validation: a pulled
// document that does not match the device schema fails loudly here instead of being skipped
// in the field. Never in the app: dev-mode injects a remote iframe.
disableWarnings();
addRxPlugin(RxDBDevModePlugin);
