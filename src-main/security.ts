import type { MediaAccessPermissionRequest, Session, WebContents } from 'electron';
import { isAppUrl } from './scheme';

/**
 * Every web contents of the shell: no new windows, no navigation away from the
 * app, no <webview>. The app is a single page; a link that tries to leave it
 * is a bug or an attack, never something to follow.
 */
export function hardenContents(contents: WebContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

const cameraOnly = (types: readonly string[] | undefined) =>
  !!types && types.length > 0 && types.every((type) => type === 'video');

/** Permissions: the camera (barcode scanning) for the app's own pages; everything else is refused. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const media = details as MediaAccessPermissionRequest;
    callback(permission === 'media' && isAppUrl(details.requestingUrl) && cameraOnly(media.mediaTypes));
  });
  session.setPermissionCheckHandler(
    (_contents, permission, requestingOrigin, details) =>
      permission === 'media' && isAppUrl(requestingOrigin) && details.mediaType === 'video',
  );
  session.setDevicePermissionHandler(() => false);
}
