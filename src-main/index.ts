import { app, BrowserWindow } from 'electron';

// Placeholder shell; the hardened shell replaces it.
app.whenReady().then(() => {
  const window = new BrowserWindow({ webPreferences: { sandbox: true, contextIsolation: true } });
  void window.loadFile('out/renderer/index.html');
});
