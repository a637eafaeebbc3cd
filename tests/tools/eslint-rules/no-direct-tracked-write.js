// The write layer's rule (lib/db/write): leads, activities, stage history, enrolments and
// companies are written only through `commit` and its writer, so figures, sequence effects,
// SQL crossings and the change log are never left behind. Any other call of a write method
// on one of those tables (db.leads.put, db.table('activities').bulkAdd,
// db.enrolments.where(...).modify, tx.table('leads').clear...) is an error.

const TRACKED = new Set(['leads', 'activities', 'stageHistory', 'enrolments', 'companies']);
const WRITES = new Set(['put', 'add', 'update', 'delete', 'clear', 'modify', 'bulkPut', 'bulkAdd', 'bulkDelete', 'bulkUpdate', 'upsert']);

/** The tracked table a callee chain names, if any: `x.leads…` or `x.table('leads')…`. */
function trackedTableOf(node) {
  let current = node;
  while (current) {
    if (current.type === 'MemberExpression') {
      if (!current.computed && current.property.type === 'Identifier' && TRACKED.has(current.property.name)) return current.property.name;
      if (current.computed && current.property.type === 'Literal' && TRACKED.has(current.property.value)) return current.property.value;
      current = current.object;
    } else if (current.type === 'CallExpression') {
      const callee = current.callee;
      const arg = current.arguments[0];
      if (callee.type === 'MemberExpression' && !callee.computed && callee.property.name === 'table' && arg?.type === 'Literal' && TRACKED.has(arg.value)) return arg.value;
      current = callee;
    } else if (current.type === 'TSNonNullExpression' || current.type === 'ChainExpression') {
      current = current.expression;
    } else return undefined;
  }
  return undefined;
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'Tracked tables are written only through the write layer (lib/db/write/commit.ts).' },
    messages: { direct: "'{{method}}' on {{table}} bypasses the write layer: write through commit() and its writer (lib/db/write/commit.ts)." },
    schema: [],
  },
  create(context) {
    return {
      CallExpression(node) {
        const callee = node.callee;
        if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier' || !WRITES.has(callee.property.name)) return;
        const table = trackedTableOf(callee.object);
        if (table) context.report({ node, messageId: 'direct', data: { method: callee.property.name, table } });
      },
    };
  },
};
