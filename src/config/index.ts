/** Configuration: `translation-qa.config.json`, the desk glossary and dismissed findings. */
export {applyConfig, checkOptionsFrom, isDismissed, type ConfiguredReport} from './apply.js'
export {parseDelimited, type DelimitedRow} from './csv.js'
export {parseGlossary} from './glossary.js'
export {configName, findConfig, loadConfig} from './load.js'
export {defaultConfig, type GlossaryEntry, type IgnoreRule, type QaConfig} from './types.js'
export {validateConfig, type ConfigFile} from './validate.js'
