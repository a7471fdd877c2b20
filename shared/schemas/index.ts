import { capacitySchema } from './capacity';
import { orderSchema } from './order';
import { productSchema } from './product';
import { receiptSchema } from './receipt';
import { returnSchema } from './return';
import { staffSchema } from './staff';
import { stockSchema } from './stock';
import { storeSchema } from './store';
import { taskSchema } from './task';

/** The schema of each pulled collection: the device's RxDB schema and the service's check are the same object. */
export const COLLECTION_SCHEMAS = {
  store: storeSchema,
  staff: staffSchema,
  orders: orderSchema,
  products: productSchema,
  stock: stockSchema,
  tasks: taskSchema,
  returns: returnSchema,
  capacity: capacitySchema,
  receipts: receiptSchema,
} as const;
