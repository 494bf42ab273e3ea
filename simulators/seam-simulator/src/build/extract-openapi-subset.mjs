// Extracts the part of Seam's OpenAPI document that the simulator serves into
// src/main/resources/seam/openapi-subset.json. Run it from a directory where
// @seamapi/types is installed (outside the repository), see the module README:
//
//   mkdir -p /tmp/seamtypes && cd /tmp/seamtypes && npm init -y && npm i @seamapi/types@1.721.0
//   node <repo>/simulators/seam-simulator/src/build/extract-openapi-subset.mjs \
//       > <repo>/simulators/seam-simulator/src/main/resources/seam/openapi-subset.json
//
// What is kept: every operation of the paths below, the component schemas they
// reference (transitively) and the security schemes they name. The `event`
// schema is cut to its `acs_*` variants (the only events the simulator emits).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

export const PATHS = [
  '/acs/users/create',
  '/acs/users/get',
  '/acs/users/list',
  '/acs/users/update',
  '/acs/users/delete',
  '/acs/users/suspend',
  '/acs/users/unsuspend',
  '/acs/users/add_to_access_group',
  '/acs/users/remove_from_access_group',
  '/acs/credentials/create',
  '/acs/credentials/get',
  '/acs/credentials/list',
  '/acs/credentials/update',
  '/acs/credentials/delete',
  '/acs/credentials/assign',
  '/acs/credentials/unassign',
  '/acs/systems/get',
  '/acs/systems/list',
  '/acs/entrances/get',
  '/acs/entrances/list',
  '/acs/access_groups/get',
  '/acs/access_groups/list',
  '/events/get',
  '/events/list',
]

const packageDir = join(process.cwd(), 'node_modules', '@seamapi', 'types')
const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'))
const connect = await import(pathToFileURL(join(packageDir, 'connect.js')).href)
const openapi = connect.openapi

const paths = {}
for (const path of PATHS) {
  if (openapi.paths[path] == null) throw new Error(`${path} is not in @seamapi/types ${version}`)
  paths[path] = openapi.paths[path]
}

const schemas = {}
const pending = []
const collectRefs = (node) => {
  if (Array.isArray(node)) return node.forEach(collectRefs)
  if (node == null || typeof node !== 'object') return
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string') {
      const name = value.replace('#/components/schemas/', '')
      if (!(name in schemas)) {
        schemas[name] = null
        pending.push(name)
      }
    } else {
      collectRefs(value)
    }
  }
}
collectRefs(paths)
while (pending.length > 0) {
  const name = pending.shift()
  let schema = openapi.components.schemas[name]
  if (name === 'event') {
    schema = {
      ...schema,
      oneOf: schema.oneOf.filter((variant) =>
        (variant.properties?.event_type?.enum ?? []).every((type) => type.startsWith('acs_')),
      ),
    }
  }
  schemas[name] = schema
  collectRefs(schema)
}

const securitySchemes = {}
for (const operation of Object.values(paths).flatMap((item) => Object.values(item))) {
  for (const requirement of operation.security ?? []) {
    for (const scheme of Object.keys(requirement)) {
      securitySchemes[scheme] = openapi.components.securitySchemes[scheme]
    }
  }
}

const sortKeys = (object) =>
  Object.fromEntries(Object.entries(object).sort(([a], [b]) => a.localeCompare(b)))

const subset = {
  openapi: openapi.openapi,
  info: {
    ...openapi.info,
    'x-credsync-source': {
      package: '@seamapi/types',
      version,
      export: "import { openapi } from '@seamapi/types/connect'",
      regenerate: 'simulators/seam-simulator/src/build/extract-openapi-subset.mjs (see the module README)',
      trimmed: 'only the paths listed in the script, the schemas they reference; event cut to its acs_* variants',
    },
  },
  servers: openapi.servers,
  paths,
  components: { schemas: sortKeys(schemas), securitySchemes: sortKeys(securitySchemes) },
}
process.stdout.write(JSON.stringify(subset, null, 2) + '\n')
