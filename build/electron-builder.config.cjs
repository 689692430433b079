// electron-builder configuration: `npm run dist` builds the Linux AppImage and .deb (on
// Linux) or the Windows NSIS installer (on Windows), from the bundles in dist/ and the built
// renderer. Native modules (better-sqlite3, pcsclite, node-hid) are rebuilt from source
// against Electron's headers: a module built for Node crashes in Electron (NODE_MODULE_VERSION).
// CommonJS on purpose: electron-builder loads its config with require().
/* global module */

/** @type {import('app-builder-lib').Configuration} */
const config = {
  appId: 'gov.moi.kiosk',
  productName: 'MOI Kiosk',
  copyright: 'Ministry of Interior',
  directories: { output: 'release', buildResources: 'build' },
  extraMetadata: { main: 'dist/electron/shell/main.js' },
  files: [
    'package.json',
    'dist/electron/**/*',
    '!**/*.map',
    'renderer/dist/**/*',
    'locales/**/*',
  ],
  asar: true,
  // Read by native code (fonts by @napi-rs/canvas) or by path from the bundle: kept as real
  // files in app.asar.unpacked (build/bundle-shell.ts points module locations there).
  asarUnpack: ['locales/**'],
  npmRebuild: true,
  buildDependenciesFromSource: true,
  nodeGypRebuild: false,
  // Chromium's own UI strings: only the languages a kiosk offers.
  electronLanguages: ['ar', 'en-US', 'fr', 'hi', 'ml', 'ur'],
  // Fuses are flipped in the Electron binary itself: nobody on the machine can run it as
  // plain Node, pass it NODE_OPTIONS or --inspect, or point it at code outside app.asar.
  electronFuses: {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    onlyLoadAppFromAsar: true,
    grantFileProtocolExtraPrivileges: false,
  },
  linux: {
    target: ['AppImage', 'deb'],
    executableName: 'moi-kiosk',
    icon: 'build/icons/icon.png',
    category: 'Utility',
    synopsis: 'Ministry of Interior self-service kiosk',
    maintainer: 'Ministry of Interior kiosk team <kiosk@moi.invalid>',
  },
  deb: {
    // The kiosk session (build/linux) runs the app alone under cage; pcscd serves the card reader.
    recommends: ['cage', 'pcscd', 'cups'],
  },
  appImage: { artifactName: '${productName}-${version}-${arch}.${ext}' },
  win: {
    target: ['nsis'],
    icon: 'build/icons/icon.png',
    executableName: 'moi-kiosk',
  },
  nsis: {
    oneClick: true,
    perMachine: true,
    allowElevation: true,
    createDesktopShortcut: false,
    runAfterFinish: false,
    deleteAppDataOnUninstall: false,
  },
};

module.exports = config;
