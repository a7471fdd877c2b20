import type { Configuration } from 'electron-builder';

/**
 * Desktop bundles: Linux (AppImage, deb), Windows (NSIS), macOS (dmg).
 *   npm run package            # for this OS
 *   npm run package:dir        # unpacked, quickest to try
 * Without internet, give electron-builder an unpacked Electron of the
 * version in package.json: ELECTRON_DIST=/path/to/electron-v41.7.1-linux-x64.
 *
 * The app is packaged from out/ alone (see build/app-package.mjs): the main
 * process and preload are bundled whole, so the app ships no node_modules.
 */
const config: Configuration = {
  // Never change once shipped: it names the app to the OS (shortcuts, Keychain, updates).
  appId: 'com.storeassociate.desktop',
  productName: 'Store Associate',
  executableName: 'store-associate',
  copyright: 'Copyright © Store Associate maintainers',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: an electron-builder macro, expanded by electron-builder
  directories: { app: 'out', buildResources: 'build', output: 'release/${version}' },
  files: ['main/**', 'preload/**', 'renderer/**', 'package.json', '!**/*.map'],
  asar: true,
  // Bundled whole by electron-vite: no node_modules to install, rebuild or copy (false says so).
  beforeBuild: async () => false,
  ...(process.env.ELECTRON_DIST ? { electronDist: process.env.ELECTRON_DIST } : {}),
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    grantFileProtocolExtraPrivileges: false,
  },
  // Update checks are wired (src-main/updates.ts) and off until turned on in the Help menu.
  // biome-ignore lint/suspicious/noTemplateCurlyInString: electron-builder macros, expanded by electron-builder
  publish: { provider: 'generic', url: 'https://updates.example.invalid/store-associate/${os}/${arch}' },
  linux: {
    target: ['AppImage', 'deb'],
    icon: 'build/icon.png',
    category: 'Office',
    maintainer: 'Store Associate maintainers <maintainers@example.invalid>',
    synopsis: 'Pick, pack, hand over and take back store orders, offline first',
  },
  win: { target: ['nsis'], icon: 'build/icon.png' },
  nsis: { oneClick: false, perMachine: true, allowToChangeInstallationDirectory: true },
  mac: {
    target: ['dmg'],
    icon: 'build/icon.png',
    category: 'public.app-category.business',
    hardenedRuntime: true,
    entitlements: 'build/entitlements.mac.plist',
    entitlementsInherit: 'build/entitlements.mac.plist',
    extendInfo: { NSCameraUsageDescription: 'The camera scans the barcodes of items and orders.' },
  },
};

export default config;
