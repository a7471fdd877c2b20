import type { MenuItemConstructorOptions, PrinterInfo } from 'electron';
import type { DisplayMode, ShellSettings } from './settings';

const LABELS = {
  fr: {
    file: 'Fichier',
    printer: 'Imprimante',
    systemDefault: 'Imprimante par défaut du système',
    refreshPrinters: 'Actualiser la liste des imprimantes',
    edit: 'Édition',
    view: 'Affichage',
    window: 'Fenêtre',
    fullscreen: 'Plein écran',
    kiosk: 'Mode comptoir (kiosque)',
    help: 'Aide',
    updates: 'Rechercher les mises à jour au démarrage',
  },
  en: {
    file: 'File',
    printer: 'Printer',
    systemDefault: "The system's default printer",
    refreshPrinters: 'Refresh the printer list',
    edit: 'Edit',
    view: 'View',
    window: 'Window',
    fullscreen: 'Full screen',
    kiosk: 'Counter mode (kiosk)',
    help: 'Help',
    updates: 'Check for updates at start',
  },
};

export type MenuInput = {
  language: keyof typeof LABELS;
  mac: boolean;
  development: boolean;
  printers: readonly Pick<PrinterInfo, 'name' | 'displayName'>[];
  settings: ShellSettings;
  choosePrinter(name: string | null): void;
  refreshPrinters(): void;
  setDisplay(mode: DisplayMode): void;
  setUpdates(on: boolean): void;
};

/**
 * The shell's own settings live in its menu: the printer for silent printing,
 * the display mode (the accelerators work even in kiosk mode, where the menu
 * bar is hidden), update checks. Nothing here reaches the page.
 */
export function menuTemplate(input: MenuInput): MenuItemConstructorOptions[] {
  const l = LABELS[input.language];
  const { settings } = input;
  const display = (mode: DisplayMode, label: string, key: string): MenuItemConstructorOptions => ({
    label,
    type: 'radio',
    checked: settings.display === mode,
    accelerator: `CmdOrCtrl+Shift+${key}`,
    click: () => input.setDisplay(mode),
  });
  return [
    ...(input.mac ? [{ role: 'appMenu' } as const] : []),
    {
      label: l.file,
      submenu: [
        {
          label: l.printer,
          submenu: [
            {
              label: l.systemDefault,
              type: 'radio',
              checked: settings.printer === null,
              click: () => input.choosePrinter(null),
            },
            ...input.printers.map(
              (printer): MenuItemConstructorOptions => ({
                label: printer.displayName || printer.name,
                type: 'radio',
                checked: settings.printer === printer.name,
                click: () => input.choosePrinter(printer.name),
              }),
            ),
            { type: 'separator' },
            { label: l.refreshPrinters, click: () => input.refreshPrinters() },
          ],
        },
        { type: 'separator' },
        { role: input.mac ? 'close' : 'quit' },
      ],
    },
    { label: l.edit, role: 'editMenu' },
    {
      label: l.view,
      submenu: [
        display('window', l.window, '1'),
        display('fullscreen', l.fullscreen, '2'),
        display('kiosk', l.kiosk, '3'),
        { type: 'separator' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { role: 'resetZoom' },
        ...(input.development
          ? [{ type: 'separator' } as const, { role: 'reload' } as const, { role: 'toggleDevTools' } as const]
          : []),
      ],
    },
    {
      label: l.help,
      submenu: [
        {
          label: l.updates,
          type: 'checkbox',
          checked: settings.updates,
          click: (item) => input.setUpdates(item.checked),
        },
      ],
    },
  ];
}
