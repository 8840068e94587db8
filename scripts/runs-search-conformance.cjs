#!/usr/bin/env node
// The installed command (package.json `bin`). The package ships TypeScript: tsx compiles it as
// it loads. The commands themselves are in ./cli.ts.
require('tsx/cjs/api').register();
require('./cli.ts');
