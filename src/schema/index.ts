export * from "./article.js";
export * from "./options.js";
export * from "./stages.js";
export * from "./errors.js";
export * from "./json-schema.js";
