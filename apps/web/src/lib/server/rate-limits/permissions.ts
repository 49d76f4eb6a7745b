/** Rate limits are applied by the commands they protect; nobody acts on them directly. */
export const rateLimitRules = {};
