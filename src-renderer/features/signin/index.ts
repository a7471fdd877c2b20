/** The sign-in feature, for the frame: the gate around the routes and the session controls for its bar. */
export { signinI18n } from './i18n';
export { SessionControls } from './SessionControls';
export { SignInGate } from './SignInGate';
