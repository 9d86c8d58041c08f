import { describe, expect, it } from 'vitest';
import { folderOf } from '#infra/build/folder-cycles.ts';

describe('folderOf', () => {
  it('names a platform area, else the folder one level down, else the top folder', () => {
    expect(folderOf('functions/platform/aws/s3/send.ts')).toBe('functions/platform/aws');
    expect(folderOf('functions/obligations/store/obligation-store.ts')).toBe('functions/obligations');
    expect(folderOf('functions/reviews/review.ts')).toBe('functions/reviews');
    expect(folderOf('forms/engine/validate.ts')).toBe('forms/engine');
    expect(folderOf('forms/catalog.ts')).toBe('forms');
    expect(folderOf('functions/platform/readme.ts')).toBe('functions/platform');
  });
});
