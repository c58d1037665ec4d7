/** Checks an entity the way Backstage's catalogue does when it reads a catalog-info.yaml. */
import {
  componentEntityV1alpha1Validator,
  DefaultNamespaceEntityPolicy,
  EntityPolicies,
  FieldFormatEntityPolicy,
  NoForeignRootFieldsEntityPolicy,
  SchemaValidEntityPolicy,
} from '@backstage/catalog-model';
import { expect } from 'vitest';

export async function expectValidBackstageComponent(entity: unknown): Promise<void> {
  const policies = EntityPolicies.allOf([
    new SchemaValidEntityPolicy(),
    new DefaultNamespaceEntityPolicy(),
    new NoForeignRootFieldsEntityPolicy(),
    new FieldFormatEntityPolicy(),
  ]);
  expect(await policies.enforce(structuredClone(entity) as never)).toBeDefined();
  expect(await componentEntityV1alpha1Validator.check(structuredClone(entity) as never)).toBe(true);
}
