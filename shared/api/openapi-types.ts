/**
 * Generated from docs/openapi.json by `npm run docs:client` (openapi-typescript): do not edit.
 * Use it with openapi-fetch: createClient<paths>({ baseUrl }).
 */
export type paths = {
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness and database reachability */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Up, database reachable */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              status: 'ok' | 'unavailable';
              database: string;
            };
          };
        };
        /** @description Fault on the service side */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Database unreachable */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              status: 'ok' | 'unavailable';
              database: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/enroll': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Enroll a device with a one-time code */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code: string;
            deviceName: string;
          };
        };
      };
      responses: {
        /** @description Enrolled: keep the token, it is shown once */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Enrolled'];
          };
        };
        /** @description Malformed request (schema, JSON, header); nothing was stored */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Refused for these credentials */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Request body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Not JSON */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Too many requests; try again later */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Fault on the service side */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/schemas': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The document schemas devices replicate (JSON schema, RxDB flavoured) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description One JSON schema per pulled collection */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              store: {
                [key: string]: unknown;
              };
              staff: {
                [key: string]: unknown;
              };
              orders: {
                [key: string]: unknown;
              };
              tasks: {
                [key: string]: unknown;
              };
              capacity: {
                [key: string]: unknown;
              };
              receipts: {
                [key: string]: unknown;
              };
              returns: {
                [key: string]: unknown;
              };
              stock: {
                [key: string]: unknown;
              };
              products: {
                [key: string]: unknown;
              };
            };
          };
        };
        /** @description Fault on the service side */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The device, its store and the store sequence */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The device and its store */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Me'];
          };
        };
        /** @description Missing or unknown credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Fault on the service side */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/pull': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Pull one page of the whole store after a store sequence (every collection, one checkpoint) */
    get: {
      parameters: {
        query?: {
          seq?: number;
          limit?: number;
          /** @description Every collection (all), all but stock and products (work), or those two (catalogue). */
          part?: 'all' | 'work' | 'catalogue';
          /** @description The device holds nothing of the store: leave out tombstones up to the current head (the answer’s checkpoint carries that bound as skipDeletedUpTo). */
          fresh?: boolean;
          /** @description The checkpoint's skipDeletedUpTo: tombstones numbered up to it are left out. */
          skipDeletedUpTo?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description One page of the store; shorter than limit when the part is caught up */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['StorePullPage'];
          };
        };
        /** @description Malformed request (schema, JSON, header); nothing was stored */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Missing or unknown credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Fault on the service side */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/pull/{collection}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Pull one page of a collection after a checkpoint (RxDB pull handler) */
    get: {
      parameters: {
        query?: {
          seq?: number;
          limit?: number;
          /** @description The device holds nothing of this collection: leave out tombstones up to the current head (the answer’s checkpoint carries that bound as skipDeletedUpTo). */
          fresh?: boolean;
          /** @description The checkpoint's skipDeletedUpTo: tombstones numbered up to it are left out. */
          skipDeletedUpTo?: number;
        };
        header?: never;
        path: {
          collection:
            | 'store'
            | 'staff'
            | 'orders'
            | 'tasks'
            | 'capacity'
            | 'receipts'
            | 'returns'
            | 'stock'
            | 'products';
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description One page; shorter than limit when the collection is caught up */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PullPage'];
          };
        };
        /** @description Malformed request (schema, JSON, header); nothing was stored */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Missing or unknown credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description A path parameter longer than 100 characters */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Fault on the service side */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/push': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Push commands (RxDB push handler); idempotent by command id */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['PushRequest'];
        };
      };
      responses: {
        /** @description Every command's receipt, in the order pushed */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PushResponse'];
          };
        };
        /** @description Malformed request (schema, JSON, header); nothing was stored */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Missing or unknown credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Unknown resource */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Conflicts with what the store already did */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Request body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Not JSON */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Well formed but refused */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Fault on the service side */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/stream': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Server-sent events: hello, then poke after every commit for the store, and a heartbeat */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Server-sent events: 'hello' {storeId, seq, heartbeatMs} on connect, 'poke' {seq, collections} after commits, 'heartbeat' {} every heartbeatMs (a stream silent for twice that is dead: reconnect), 'revoked' {deviceId} before the end when the device is revoked */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/event-stream': string;
          };
        };
        /** @description Missing or unknown credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Too many requests; try again later */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Fault on the service side */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orders/by-number/{number}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An order of the device's store by its number (returns of orders the device does not hold) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          number: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The order */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              order: components['schemas']['Order'];
            };
          };
        };
        /** @description Malformed request (schema, JSON, header); nothing was stored */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Missing or unknown credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Unknown resource */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description A path parameter longer than 100 characters */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Fault on the service side */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/stock/{sku}/movements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A SKU's last stock movements in the device's store, newest first, with who and why */
    get: {
      parameters: {
        query?: {
          limit?: number;
        };
        header?: never;
        path: {
          sku: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Newest first */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Movements'];
          };
        };
        /** @description Malformed request (schema, JSON, header); nothing was stored */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Missing or unknown credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description A path parameter longer than 100 characters */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Fault on the service side */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orders/{orderId}/handovers/{commandId}/signature': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signature taken at a handover of this device's store (image) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          orderId: string;
          commandId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The image as it was taken (PNG or SVG) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'image/png': string;
            'image/svg+xml': string;
          };
        };
        /** @description Malformed request (schema, JSON, header); nothing was stored */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Missing or unknown credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Unknown resource */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description A path parameter longer than 100 characters */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Fault on the service side */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/oms/v1/stores/{storeId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read a store, including its fulfilment pauses */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The store */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Store'];
          };
        };
        /** @description Malformed request (schema, JSON, header); nothing was stored */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Missing or unknown credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Unknown resource */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description A path parameter longer than 100 characters */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Fault on the service side */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    /** Create a store or update its name, time zone, locale, currency and settings */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            /**
             * @description An IANA time zone, e.g. Europe/Paris (others are refused with 400)
             * @example Europe/Paris
             */
            timezone: string;
            locale: string;
            currency: string;
            settings?: {
              requireScan?: boolean;
              pickupHoldDays?: number;
              unlinkedRefundLimit?: number;
              adjustUnitsLimit?: number;
              lockAfterMinutes?: number;
              stagingLocations?: string[];
              pickupExpiryHours?: number;
              handoverScan?: boolean;
              keepClosedDays?: number;
              partialFulfilment?: boolean;
              scanIntoParcel?: boolean;
              boxTypes?: string[];
              carriers?: ('colissimo' | 'chronopost' | 'dpd' | 'ups' | 'dhl' | 'gls' | 'other')[];
            };
          };
        };
      };
      responses: {
        /** @description Updated */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Store'];
          };
        };
        /** @description Created */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Store'];
          };
        };
        /** @description Malformed request (schema, JSON, header); nothing was stored */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Missing or unknown credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Request body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description A path parameter longer than 100 characters */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Not JSON */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Fault on the service side */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/oms/v1/stores/{storeId}/staff/{staffId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Create or update a member of staff (role, badge, PIN); the PIN is stored only as a salted hash */
    put: {
      parameters: {
        query?: never;
        header?: {
          /** @description Send one per call and the same one on each retry: a retry gets the first answer again and changes nothing; the key with another body or on another endpoint is a 422 idempotency_key_reused. */
          'idempotency-key'?: string;
        };
        path: {
          storeId: string;
          staffId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            displayName: string;
            /** @enum {string} */
            role: 'associate' | 'counter' | 'manager';
            /** @default true */
            active?: boolean;
            /** @default  */
            badge?: string;
            /** @description 4 to 8 digits; absent keeps the current PIN */
            pin?: string;
          };
        };
      };
      responses: {
        /** @description Updated */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['StaffView'];
          };
        };
        /** @description Created */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['StaffView'];
          };
        };
        /** @description Malformed request (schema, JSON, header); nothing was stored */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Missing or unknown credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Unknown resource */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Conflicts with what the store already did */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Request body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description A path parameter longer than 100 characters */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Not JSON */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Well formed but refused */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Fault on the service side */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/oms/v1/stores/{storeId}/staff': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The store's staff (without PINs) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Every member, by id */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['StaffList'];
          };
        };
        /** @description Malformed request (schema, JSON, header); nothing was stored */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Missing or unknown credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description A path parameter longer than 100 characters */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Fault on the service side */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    /** Create or update up to 500 members of staff at once (all or nothing) */
    put: {
      parameters: {
        query?: never;
        header?: {
          /** @description Send one per call and the same one on each retry: a retry gets the first answer again and changes nothing; the key with another body or on another endpoint is a 422 idempotency_key_reused. */
          'idempotency-key'?: string;
        };
        path: {
          storeId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            staff: {
              id: string;
              displayName: string;
              /** @enum {string} */
              role: 'associate' | 'counter' | 'manager';
              /** @default true */
              active?: boolean;
              /** @default  */
              badge?: string;
              /** @description 4 to 8 digits; absent keeps the current PIN */
              pin?: string;
            }[];
          };
        };
      };
      responses: {
        /** @description Saved (all of them) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Received'];
          };
        };
        /** @description Malformed request (schema, JSON, header); nothing was stored */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Missing or unknown credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Unknown resource */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Conflicts with what the store already did */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Request body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description A path parameter longer than 100 characters */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Not JSON */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Well formed but refused */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Fault on the service side */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/oms/v1/stores/{storeId}/products': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Upsert up to 5,000 products of the store's catalogue */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Send one per call and the same one on each retry: a retry gets the first answer again and changes nothing; the key with another body or on another endpoint is a 422 idempotency_key_reused. */
          'idempotency-key'?: string;
        };
        path: {
          storeId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            products: {
              sku: string;
              barcodes: string[];
              name: string;
              brand: string;
              size: string;
              colour: string;
              price: {
                amount: number;
                currency: string;
              };
              location: {
                aisle: string;
                bay: string;
                shelf: string;
              };
            }[];
          };
        };
      };
      responses: {
        /** @description Applied (or a retried call: duplicate) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Received'];
          };
        };
        /** @description Malformed request (schema, JSON, header); nothing was stored */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Missing or unknown credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Unknown resource */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Conflicts with what the store already did */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Request body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description A path parameter longer than 100 characters */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Not JSON */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Well formed but refused */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Fault on the service side */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/oms/v1/stores/{storeId}/stock': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Stock snapshot: set on-hand stock of up to 10,000 SKUs (recorded as movements) */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Send one per call and the same one on each retry: a retry gets the first answer again and changes nothing; the key with another body or on another endpoint is a 422 idempotency_key_reused. */
          'idempotency-key'?: string;
        };
        path: {
          storeId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            items: {
              sku: string;
              onHand: number;
            }[];
          };
        };
      };
      responses: {
        /** @description Applied (or a retried call: duplicate) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Received'];
          };
        };
        /** @description Malformed request (schema, JSON, header); nothing was stored */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Missing or unknown credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Unknown resource */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Conflicts with what the store already did */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Request body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description A path parameter longer than 100 characters */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Not JSON */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Well formed but refused */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Fault on the service side */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/oms/v1/stores/{storeId}/orders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Assign an order to the store (stock is reserved; the day capacity counts it)
     * @description Answers 201 with the order status; reason over_capacity or fulfilment_paused when the store asked not to get more. A retried call with the same Idempotency-Key, or an order already in the store, changes nothing.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Send one per call and the same one on each retry: a retry gets the first answer again and changes nothing; the key with another body or on another endpoint is a 422 idempotency_key_reused. */
          'idempotency-key'?: string;
        };
        path: {
          storeId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            order: {
              id: string;
              number: string;
              /** @enum {string} */
              kind: 'ship_from_store' | 'click_and_collect';
              /** Format: date-time */
              promisedBy: string;
              pickupCode?: string;
              pickupBy?: string;
              customer: {
                name: string;
                email: string;
                phone: string;
              };
              shipTo?: {
                name: string;
                line1: string;
                line2: string;
                postalCode: string;
                city: string;
                country: string;
              };
              notes?: string;
              lines: {
                id: string;
                sku: string;
                name: string;
                qty: number;
                price: {
                  amount: number;
                  currency: string;
                };
              }[];
            };
          };
        };
      };
      responses: {
        /** @description Assigned (or already there: duplicate) */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OrderAnswer'];
          };
        };
        /** @description Malformed request (schema, JSON, header); nothing was stored */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Missing or unknown credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Unknown resource */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Conflicts with what the store already did */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Request body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description A path parameter longer than 100 characters */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Not JSON */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Well formed but refused */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Fault on the service side */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/oms/v1/stores/{storeId}/orders/{orderId}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel an order; refused (409) once goods have left the store */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Send one per call and the same one on each retry: a retry gets the first answer again and changes nothing; the key with another body or on another endpoint is a 422 idempotency_key_reused. */
          'idempotency-key'?: string;
        };
        path: {
          storeId: string;
          orderId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            reason:
              | 'customer_request'
              | 'customer_refused'
              | 'customer_no_show'
              | 'pickup_expired'
              | 'payment_issue'
              | 'fraud_suspected'
              | 'item_damaged'
              | 'other';
          };
        };
      };
      responses: {
        /** @description Done (or a retried call: duplicate) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OrderAnswer'];
          };
        };
        /** @description Malformed request (schema, JSON, header); nothing was stored */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Missing or unknown credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Unknown resource */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Conflicts with what the store already did */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Request body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description A path parameter longer than 100 characters */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Not JSON */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Well formed but refused */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Fault on the service side */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/oms/v1/stores/{storeId}/orders/{orderId}/reassign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move an order to another location; it leaves the store’s devices; refused (409) once goods left */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Send one per call and the same one on each retry: a retry gets the first answer again and changes nothing; the key with another body or on another endpoint is a 422 idempotency_key_reused. */
          'idempotency-key'?: string;
        };
        path: {
          storeId: string;
          orderId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason?: string;
          };
        };
      };
      responses: {
        /** @description Done (or a retried call: duplicate) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OrderAnswer'];
          };
        };
        /** @description Malformed request (schema, JSON, header); nothing was stored */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Missing or unknown credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Unknown resource */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Conflicts with what the store already did */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Request body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description A path parameter longer than 100 characters */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Not JSON */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Well formed but refused */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Fault on the service side */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/oms/v1/stores/{storeId}/orders/{orderId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read an order as the store sees it, with its command history */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          orderId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The order */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Order'];
          };
        };
        /** @description Malformed request (schema, JSON, header); nothing was stored */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Missing or unknown credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Unknown resource */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description A path parameter longer than 100 characters */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Fault on the service side */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/oms/v1/stores/{storeId}/capacity': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What the store accepts: pauses per kind, and per day the limit the manager set and the orders assigned */
    get: {
      parameters: {
        query?: {
          from?: string;
          to?: string;
        };
        header?: never;
        path: {
          storeId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Pauses and days */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Capacity'];
          };
        };
        /** @description Malformed request (schema, JSON, header); nothing was stored */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Missing or unknown credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Unknown resource */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description A path parameter longer than 100 characters */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Fault on the service side */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/oms/v1/stores/{storeId}/day': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The store's day: capacity and pauses, backlog by stage, aging, throughput per hour, associates, rejections, Click & Collect waiting, open tasks and the backlog forecast against closing time
     * @description associates: how many associates work now (default: those who picked in the last hour); waitingDays: a Click & Collect order waiting longer is listed (default 3); format=csv for a spreadsheet.
     */
    get: {
      parameters: {
        query?: {
          associates?: number;
          waitingDays?: number;
          format?: 'json' | 'csv';
        };
        header?: never;
        path: {
          storeId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The figures (format=csv: the same as a spreadsheet) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Day'];
            'text/csv': string;
          };
        };
        /** @description Malformed request (schema, JSON, header); nothing was stored */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Missing or unknown credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Unknown resource */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description A path parameter longer than 100 characters */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Fault on the service side */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/oms/v1/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * What the stores did, in commit order: picks, rejections, packing, shipping, handovers, returns, stock, capacity
     * @description Page through with `after` = the `next` of the previous page. Events of a transaction that is still running are held back until it commits, so paging never skips one. `stock_changed`: one per SKU and store per transaction, with the level it left (onHand, reserved, unsellable, safetyStock, netAvailable, updatedAt); `safety_stock_changed`: a store's default safety stock changed (re-read its SKUs).
     */
    get: {
      parameters: {
        query?: {
          /** @description The `next` of the previous page (opaque; absent = from the start) */
          after?: string;
          limit?: number;
          storeId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The next events (none: nothing new yet; keep the cursor) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['EventsPage'];
          };
        };
        /** @description Malformed request (schema, JSON, header); nothing was stored */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Missing or unknown credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Fault on the service side */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/oms/v1/stores/{storeId}/stock/{sku}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read one SKU's stock level in a store */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          sku: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The SKU’s stock in this store */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Stock'];
          };
        };
        /** @description Malformed request (schema, JSON, header); nothing was stored */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Missing or unknown credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Unknown resource */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description A path parameter longer than 100 characters */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Fault on the service side */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/oms/v1/stock/{sku}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * How many of a SKU can be sold, per store and in total (safety stock applied)
     * @description Net available to sell = on hand − reserved − unsellable − safety stock, per store, never below 0; the total is their sum. A SKU no store holds answers zeros. `network` limits to its stores.
     */
    get: {
      parameters: {
        query?: {
          network?: string;
          storeId?: string;
        };
        header?: never;
        path: {
          sku: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              sku: string;
              /** @description Sums over the stores; netAvailable is the sum of each store’s net */
              total: {
                onHand: number;
                reserved: number;
                unsellable: number;
                safetyStock: number;
                netAvailable: number;
                /** @description Stores that hold or held the SKU */
                stores: number;
                /** @description Latest change in any store (null: never stocked) */
                updatedAt: string | null;
              };
              stores: {
                storeId: string;
                onHand: number;
                reserved: number;
                unsellable: number;
                safetyStock: number;
                /** @description on hand − reserved − unsellable − safety stock, never below 0 */
                netAvailable: number;
                /**
                 * Format: date-time
                 * @description When this store’s level last changed
                 */
                updatedAt: string;
              }[];
            };
          };
        };
        /** @description Malformed request (schema, JSON, header); nothing was stored */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Missing or unknown credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Unknown resource */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description A path parameter longer than 100 characters */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Fault on the service side */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/oms/v1/availability': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Availability of up to 500 SKUs at once, per store and in total
     * @description Each SKU once, in the order asked (duplicates are answered once).
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            skus: string[];
            network?: string;
            storeIds?: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                sku: string;
                /** @description Sums over the stores; netAvailable is the sum of each store’s net */
                total: {
                  onHand: number;
                  reserved: number;
                  unsellable: number;
                  safetyStock: number;
                  netAvailable: number;
                  /** @description Stores that hold or held the SKU */
                  stores: number;
                  /** @description Latest change in any store (null: never stocked) */
                  updatedAt: string | null;
                };
                stores: {
                  storeId: string;
                  onHand: number;
                  reserved: number;
                  unsellable: number;
                  safetyStock: number;
                  /** @description on hand − reserved − unsellable − safety stock, never below 0 */
                  netAvailable: number;
                  /**
                   * Format: date-time
                   * @description When this store’s level last changed
                   */
                  updatedAt: string;
                }[];
              }[];
            };
          };
        };
        /** @description Malformed request (schema, JSON, header); nothing was stored */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Missing or unknown credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Unknown resource */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Request body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Not JSON */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Fault on the service side */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/oms/v1/safety-stock': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List safety-stock rules */
    get: {
      parameters: {
        query?: {
          /** @description '' = network-wide rules */
          storeId?: string;
          sku?: string;
          category?: string;
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              rules: {
                /** @description '' = every store */
                storeId: string;
                /** @description '' = not a SKU's rule */
                sku: string;
                /** @description '' = not a category's rule */
                category: string;
                qty: number;
                /** Format: date-time */
                updatedAt: string;
              }[];
            };
          };
        };
        /** @description Malformed request (schema, JSON, header); nothing was stored */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Missing or unknown credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Fault on the service side */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    /**
     * Set or remove safety-stock rules (per store, per SKU or category, or a default)
     * @description A rule names a store or none (every store), and a SKU, a category or neither (the default). The most specific applies: a SKU’s over its category’s over the default, a store’s over the network’s at each level. Every availability figure and sourcing answer applies it; the feed gets a stock_changed event for each store and SKU whose net available changed.
     */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            rules: {
              /** @description Absent: every store of the network (a store’s own rule wins) */
              storeId?: string;
              sku?: string;
              category?: string;
              /** @description Units kept back from online sale; null removes the rule */
              qty: number | null;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              received: number;
              /** @description stock_changed events written to the feed */
              stockChanged: number;
            };
          };
        };
        /** @description Malformed request (schema, JSON, header); nothing was stored */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Missing or unknown credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Request body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Not JSON */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Fault on the service side */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/oms/v1/categories': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Put up to 10,000 SKUs in categories (safety stock may be set per category) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            items: {
              sku: string;
              category: string;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              received: number;
              stockChanged: number;
            };
          };
        };
        /** @description Malformed request (schema, JSON, header); nothing was stored */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Missing or unknown credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Request body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Not JSON */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Fault on the service side */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/oms/v1/networks/{networkId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read a sourcing network and the rules in force */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          networkId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** @description null: every store */
              stores: string[] | null;
              rules: {
                /** @description Stores farther from the destination are left out (null: no limit) */
                maxDistanceKm?: number | null;
                /** @description false: an order is served by one store or not at all */
                allowSplit?: boolean;
                /** @description Most stores one order is split over */
                maxParcels?: number;
                /** @description Among stores that can serve, the one with most stock of the order first (clears overstock) */
                preferMostStock?: boolean;
                /** @description Leave out stores whose fulfilment of that kind is paused */
                excludePaused?: boolean;
                /** @description Leave out stores with no capacity left today for that kind */
                excludeFull?: boolean;
                /** @description Units that must stay available to sell after the pick (protects the shop floor) */
                minNetAfterPick?: number;
                /** @description Higher first, before distance (absent: 0) */
                storePriority?: {
                  storeId: string;
                  priority: number;
                }[];
              };
              /** @description The rules in force (defaults filled in) */
              effectiveRules: {
                /** @description Stores farther from the destination are left out (null: no limit) */
                maxDistanceKm: number | null;
                /** @description false: an order is served by one store or not at all */
                allowSplit: boolean;
                /** @description Most stores one order is split over */
                maxParcels: number;
                /** @description Among stores that can serve, the one with most stock of the order first (clears overstock) */
                preferMostStock: boolean;
                /** @description Leave out stores whose fulfilment of that kind is paused */
                excludePaused: boolean;
                /** @description Leave out stores with no capacity left today for that kind */
                excludeFull: boolean;
                /** @description Units that must stay available to sell after the pick (protects the shop floor) */
                minNetAfterPick: number;
                /** @description Higher first, before distance (absent: 0) */
                storePriority: {
                  storeId: string;
                  priority: number;
                }[];
              };
              /** @description null: the implicit default network, never set */
              updatedAt: string | null;
            };
          };
        };
        /** @description Malformed request (schema, JSON, header); nothing was stored */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Missing or unknown credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Unknown resource */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description A path parameter longer than 100 characters */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Fault on the service side */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    /**
     * Set a sourcing network: its stores and its rules (data)
     * @description Replaces the network. `stores` absent or null: every store. The network `default` exists without being set (every store, default rules). Rules: maxDistanceKm, allowSplit, maxParcels, preferMostStock, excludePaused, excludeFull, minNetAfterPick, storePriority.
     */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          networkId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            stores?: string[] | null;
            rules?: {
              /** @description Stores farther from the destination are left out (null: no limit) */
              maxDistanceKm?: number | null;
              /** @description false: an order is served by one store or not at all */
              allowSplit?: boolean;
              /** @description Most stores one order is split over */
              maxParcels?: number;
              /** @description Among stores that can serve, the one with most stock of the order first (clears overstock) */
              preferMostStock?: boolean;
              /** @description Leave out stores whose fulfilment of that kind is paused */
              excludePaused?: boolean;
              /** @description Leave out stores with no capacity left today for that kind */
              excludeFull?: boolean;
              /** @description Units that must stay available to sell after the pick (protects the shop floor) */
              minNetAfterPick?: number;
              /** @description Higher first, before distance (absent: 0) */
              storePriority?: {
                storeId: string;
                priority: number;
              }[];
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** @description null: every store */
              stores: string[] | null;
              rules: {
                /** @description Stores farther from the destination are left out (null: no limit) */
                maxDistanceKm?: number | null;
                /** @description false: an order is served by one store or not at all */
                allowSplit?: boolean;
                /** @description Most stores one order is split over */
                maxParcels?: number;
                /** @description Among stores that can serve, the one with most stock of the order first (clears overstock) */
                preferMostStock?: boolean;
                /** @description Leave out stores whose fulfilment of that kind is paused */
                excludePaused?: boolean;
                /** @description Leave out stores with no capacity left today for that kind */
                excludeFull?: boolean;
                /** @description Units that must stay available to sell after the pick (protects the shop floor) */
                minNetAfterPick?: number;
                /** @description Higher first, before distance (absent: 0) */
                storePriority?: {
                  storeId: string;
                  priority: number;
                }[];
              };
              /** @description The rules in force (defaults filled in) */
              effectiveRules: {
                /** @description Stores farther from the destination are left out (null: no limit) */
                maxDistanceKm: number | null;
                /** @description false: an order is served by one store or not at all */
                allowSplit: boolean;
                /** @description Most stores one order is split over */
                maxParcels: number;
                /** @description Among stores that can serve, the one with most stock of the order first (clears overstock) */
                preferMostStock: boolean;
                /** @description Leave out stores whose fulfilment of that kind is paused */
                excludePaused: boolean;
                /** @description Leave out stores with no capacity left today for that kind */
                excludeFull: boolean;
                /** @description Units that must stay available to sell after the pick (protects the shop floor) */
                minNetAfterPick: number;
                /** @description Higher first, before distance (absent: 0) */
                storePriority: {
                  storeId: string;
                  priority: number;
                }[];
              };
              /** @description null: the implicit default network, never set */
              updatedAt: string | null;
            };
          };
        };
        /** @description Malformed request (schema, JSON, header); nothing was stored */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Missing or unknown credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Request body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description A path parameter longer than 100 characters */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Not JSON */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Fault on the service side */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/oms/v1/stores/{storeId}/location': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Where a store is */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              storeId: string;
              latitude: number;
              longitude: number;
              postalCode: string;
              city: string;
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
        /** @description Malformed request (schema, JSON, header); nothing was stored */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Missing or unknown credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Unknown resource */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description A path parameter longer than 100 characters */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Fault on the service side */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    /**
     * Say where a store is: coordinates, or a postal code the service resolves
     * @description Send latitude and longitude (with the postal code and city if you have them), or only a French postal code: the service places it with the small table it ships (422 unknown_postal_code otherwise).
     */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json':
            | {
                latitude?: number;
                longitude?: number;
                postalCode?: string;
                country?: string;
                city?: string;
              }
            | unknown
            | unknown;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              storeId: string;
              latitude: number;
              longitude: number;
              postalCode: string;
              city: string;
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
        /** @description Malformed request (schema, JSON, header); nothing was stored */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Missing or unknown credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Unknown resource */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Request body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description A path parameter longer than 100 characters */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Not JSON */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Well formed but refused */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Fault on the service side */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/oms/v1/sourcing': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Rank the stores for an order, explain each, propose a plan; assign it with `assign: true`
     * @description The order is the one POST /stores/:id/orders takes. Destination: `destination` (coordinates or a postal code), else the order’s shipTo postal code; a Click & Collect order goes to `pickupStoreId`. Stores are ranked by: can serve the whole order, units they can serve, the pickup store, store priority, most stock (rule preferMostStock), distance. The network’s rules leave stores out (paused, full, too far, no stock). With `assign: true` the plan is assigned in the same transaction (201): two orders racing for the last unit cannot both get it, the second gets the next best store; a plan that cannot be complete is a 409 and nothing is assigned.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Default: default (every store, default rules) */
            network?: string;
            order: {
              id: string;
              number: string;
              /** @enum {string} */
              kind: 'ship_from_store' | 'click_and_collect';
              /** Format: date-time */
              promisedBy: string;
              pickupCode?: string;
              pickupBy?: string;
              customer: {
                name: string;
                email: string;
                phone: string;
              };
              shipTo?: {
                name: string;
                line1: string;
                line2: string;
                postalCode: string;
                city: string;
                country: string;
              };
              notes?: string;
              lines: {
                id: string;
                sku: string;
                name: string;
                qty: number;
                price: {
                  amount: number;
                  currency: string;
                };
              }[];
            };
            destination?:
              | {
                  latitude: number;
                  longitude: number;
                }
              | {
                  postalCode: string;
                  country?: string;
                };
            pickupStoreId?: string;
            /** @description The order may leave from several stores (default true) */
            allowSplit?: boolean;
            /** @description Assign the order to the plan’s stores now (default false) */
            assign?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              network: string;
              /** @description The rules in force (defaults filled in) */
              rules: {
                /** @description Stores farther from the destination are left out (null: no limit) */
                maxDistanceKm: number | null;
                /** @description false: an order is served by one store or not at all */
                allowSplit: boolean;
                /** @description Most stores one order is split over */
                maxParcels: number;
                /** @description Among stores that can serve, the one with most stock of the order first (clears overstock) */
                preferMostStock: boolean;
                /** @description Leave out stores whose fulfilment of that kind is paused */
                excludePaused: boolean;
                /** @description Leave out stores with no capacity left today for that kind */
                excludeFull: boolean;
                /** @description Units that must stay available to sell after the pick (protects the shop floor) */
                minNetAfterPick: number;
                /** @description Higher first, before distance (absent: 0) */
                storePriority: {
                  storeId: string;
                  priority: number;
                }[];
              };
              destination: {
                latitude: number | null;
                longitude: number | null;
                /** @enum {string} */
                from: 'coordinates' | 'postal_code' | 'ship_to' | 'pickup_store' | 'none';
                place: string;
              };
              /** @description One store when one can serve everything; otherwise the fewest stores (when splits are allowed) */
              plan: {
                complete: boolean;
                parcels: number;
                allocations: {
                  storeId: string;
                  lines: {
                    lineId: string;
                    sku: string;
                    qty: number;
                  }[];
                }[];
                missing: {
                  lineId: string;
                  sku: string;
                  qty: number;
                }[];
              } | null;
              /**
               * @description '' when the plan is complete
               * @enum {string}
               */
              reason: '' | 'no_store_can_serve' | 'no_single_store' | 'not_enough_stock';
              candidates: {
                storeId: string;
                /** @description 1 = best; null when a rule left the store out */
                rank: number | null;
                excluded: ('paused' | 'full' | 'too_far' | 'no_stock')[];
                /** @description null: the store or the destination has no location */
                distanceKm: number | null;
                paused: boolean;
                /** @description Orders of this kind still taken today (null: no limit) */
                remainingCapacity: number | null;
                priority: number;
                linesAvailable: number;
                unitsAvailable: number;
                /** @description Net available of the order’s SKUs in the store */
                orderStock: number;
                canServeAll: boolean;
                /** @description Rules that weighed on this store */
                rules: string[];
                lines: {
                  lineId: string;
                  sku: string;
                  qty: number;
                  netAvailable: number;
                  /** @description Net available less the minimum to keep after the pick */
                  pickable: number;
                }[];
              }[];
              /** @description assign: true — the store each part of the order was assigned to, with its receipt */
              assigned?: {
                storeId: string;
                outcome: string;
                reason: string;
                seq: number;
                duplicate: boolean;
              }[];
            };
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              network: string;
              /** @description The rules in force (defaults filled in) */
              rules: {
                /** @description Stores farther from the destination are left out (null: no limit) */
                maxDistanceKm: number | null;
                /** @description false: an order is served by one store or not at all */
                allowSplit: boolean;
                /** @description Most stores one order is split over */
                maxParcels: number;
                /** @description Among stores that can serve, the one with most stock of the order first (clears overstock) */
                preferMostStock: boolean;
                /** @description Leave out stores whose fulfilment of that kind is paused */
                excludePaused: boolean;
                /** @description Leave out stores with no capacity left today for that kind */
                excludeFull: boolean;
                /** @description Units that must stay available to sell after the pick (protects the shop floor) */
                minNetAfterPick: number;
                /** @description Higher first, before distance (absent: 0) */
                storePriority: {
                  storeId: string;
                  priority: number;
                }[];
              };
              destination: {
                latitude: number | null;
                longitude: number | null;
                /** @enum {string} */
                from: 'coordinates' | 'postal_code' | 'ship_to' | 'pickup_store' | 'none';
                place: string;
              };
              /** @description One store when one can serve everything; otherwise the fewest stores (when splits are allowed) */
              plan: {
                complete: boolean;
                parcels: number;
                allocations: {
                  storeId: string;
                  lines: {
                    lineId: string;
                    sku: string;
                    qty: number;
                  }[];
                }[];
                missing: {
                  lineId: string;
                  sku: string;
                  qty: number;
                }[];
              } | null;
              /**
               * @description '' when the plan is complete
               * @enum {string}
               */
              reason: '' | 'no_store_can_serve' | 'no_single_store' | 'not_enough_stock';
              candidates: {
                storeId: string;
                /** @description 1 = best; null when a rule left the store out */
                rank: number | null;
                excluded: ('paused' | 'full' | 'too_far' | 'no_stock')[];
                /** @description null: the store or the destination has no location */
                distanceKm: number | null;
                paused: boolean;
                /** @description Orders of this kind still taken today (null: no limit) */
                remainingCapacity: number | null;
                priority: number;
                linesAvailable: number;
                unitsAvailable: number;
                /** @description Net available of the order’s SKUs in the store */
                orderStock: number;
                canServeAll: boolean;
                /** @description Rules that weighed on this store */
                rules: string[];
                lines: {
                  lineId: string;
                  sku: string;
                  qty: number;
                  netAvailable: number;
                  /** @description Net available less the minimum to keep after the pick */
                  pickable: number;
                }[];
              }[];
              /** @description assign: true — the store each part of the order was assigned to, with its receipt */
              assigned?: {
                storeId: string;
                outcome: string;
                reason: string;
                seq: number;
                duplicate: boolean;
              }[];
            };
          };
        };
        /** @description Malformed request (schema, JSON, header); nothing was stored */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Missing or unknown credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Unknown resource */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Conflicts with what the store already did */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Request body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Not JSON */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Well formed but refused */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Fault on the service side */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/oms/v1/stores/{storeId}/orders/{orderId}/handovers/{commandId}/signature': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signature the customer gave at a handover (image) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          orderId: string;
          commandId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The image as it was taken (PNG or SVG) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'image/png': string;
            'image/svg+xml': string;
          };
        };
        /** @description Malformed request (schema, JSON, header); nothing was stored */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Missing or unknown credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Unknown resource */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description A path parameter longer than 100 characters */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Fault on the service side */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/stores/{storeId}/enrollment-codes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a one-time code that enrolls one device into this store */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            ttlMinutes?: number;
            createdBy?: string;
          };
        };
      };
      responses: {
        /** @description The code, shown once */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['EnrollmentCode'];
          };
        };
        /** @description Malformed request (schema, JSON, header); nothing was stored */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Missing or unknown credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Unknown resource */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Request body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description A path parameter longer than 100 characters */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Not JSON */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Fault on the service side */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/stores/{storeId}/devices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The store's enrolled devices */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Every device ever enrolled, revoked ones too */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Devices'];
          };
        };
        /** @description Malformed request (schema, JSON, header); nothing was stored */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Missing or unknown credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description A path parameter longer than 100 characters */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Fault on the service side */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/devices/{deviceId}/revoke': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Revoke a device (lost or stolen): its token stops working at once */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          deviceId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Revoked */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Revoked'];
          };
        };
        /** @description Malformed request (schema, JSON, header); nothing was stored */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Missing or unknown credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Unknown resource */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Request body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description A path parameter longer than 100 characters */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Not JSON */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Fault on the service side */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/quarantine': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Commands kept aside after an unexpected failure (answered internal_error to the device) */
    get: {
      parameters: {
        query?: {
          storeId?: string;
          pending?: boolean;
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              commands?: {
                id?: number;
                storeId?: string;
                commandId?: string;
                type?: string;
                source?: string;
                error?: string;
                quarantinedAt?: string;
                replayedAt?: string | null;
                replayOutcome?: string;
                replayReason?: string;
              }[];
            };
          };
        };
        /** @description Malformed request (schema, JSON, header); nothing was stored */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Missing or unknown credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Fault on the service side */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/quarantine/{id}/replay': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Apply a quarantined command again; it leaves the list once it no longer fails */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id?: number;
              storeId?: string;
              commandId?: string;
              type?: string;
              source?: string;
              error?: string;
              quarantinedAt?: string;
              replayedAt?: string | null;
              replayOutcome?: string;
              replayReason?: string;
            };
          };
        };
        /** @description Malformed request (schema, JSON, header); nothing was stored */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Missing or unknown credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Unknown resource */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Request body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description A path parameter longer than 100 characters */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Not JSON */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Fault on the service side */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/v1/stores/{storeId}/orders/{orderId}/handovers/{commandId}/signature': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signature the customer gave at a handover (image) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          orderId: string;
          commandId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The image as it was taken (PNG or SVG) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'image/png': string;
            'image/svg+xml': string;
          };
        };
        /** @description Malformed request (schema, JSON, header); nothing was stored */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Missing or unknown credentials */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Unknown resource */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description A path parameter longer than 100 characters */
        414: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Fault on the service side */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
};
export type webhooks = Record<string, never>;
export type components = {
  schemas: {
    /** @description Every error: a stable code for programs, a sentence for people. */
    ErrorBody: {
      /** @description Stable code, e.g. invalid_request, unauthorized, unknown_store */
      error: string;
      /** @description What went wrong, in plain words */
      message: string;
      /** @description POST /v1/push: the commands refused (nothing was stored) */
      refused?: {
        index: number;
        commandId: string;
        reason: string;
        detail: string;
      }[];
    };
    /** store */
    Store: {
      id: string;
      name: string;
      timezone: string;
      locale: string;
      currency: string;
      settings: {
        requireScan: boolean;
        pickupHoldDays: number;
        unlinkedRefundLimit?: number;
        adjustUnitsLimit?: number;
        lockAfterMinutes?: number;
        stagingLocations?: string[];
        pickupExpiryHours?: number;
        handoverScan?: boolean;
        keepClosedDays?: number;
        partialFulfilment?: boolean;
        scanIntoParcel?: boolean;
        boxTypes?: string[];
        carriers?: ('colissimo' | 'chronopost' | 'dpd' | 'ups' | 'dhl' | 'gls' | 'other')[];
      };
      fulfilment: {
        ship_from_store: {
          paused: boolean;
          reason: string;
          at: string;
          staffId: string;
          until?: string;
        };
        click_and_collect: {
          paused: boolean;
          reason: string;
          at: string;
          staffId: string;
          until?: string;
        };
      };
      openingHours?: {
        closed: boolean;
        open: string;
        close: string;
      }[];
      acks: string[];
      seq: number;
      updatedAt: string;
    };
    /** staff */
    StaffMember: {
      id: string;
      storeId: string;
      displayName: string;
      role: string;
      active: boolean;
      badge: string;
      pin: {
        salt: string;
        iterations: number;
        hash: string;
      };
      acks: string[];
      seq: number;
      updatedAt: string;
    };
    /** order */
    Order: {
      id: string;
      number: string;
      /** @enum {string} */
      kind: 'ship_from_store' | 'click_and_collect';
      /** @enum {string} */
      status:
        | 'assigned'
        | 'picking'
        | 'picked'
        | 'packed'
        | 'shipped'
        | 'ready_for_pickup'
        | 'partially_collected'
        | 'collected'
        | 'rejected'
        | 'cancelled'
        | 'reassigned';
      assignedAt: string;
      promisedBy: string;
      pickupCode: string;
      pickupBy: string;
      customer: {
        name: string;
        email: string;
        phone: string;
      };
      shipTo?: {
        name: string;
        line1: string;
        line2: string;
        postalCode: string;
        city: string;
        country: string;
      };
      notes: string;
      lines: {
        id: string;
        sku: string;
        name: string;
        barcodes: string[];
        price: {
          amount: number;
          currency: string;
        };
        ordered: number;
        picked: number;
        rejected: number;
        /** @enum {string} */
        rejectReason: '' | 'not_in_stock' | 'mismatch' | 'damaged' | 'worn_display' | 'no_variance';
        handedOver: number;
        shipped: number;
        returned: number;
        putAway: number;
        refused?: number;
        /** @enum {string} */
        refuseReason?:
          | ''
          | 'changed_mind'
          | 'damaged'
          | 'wrong_item'
          | 'wrong_size'
          | 'not_as_described'
          | 'other';
        reserved: number;
      }[];
      pickStartedAt: string;
      pickers: string[];
      parcels: {
        id: string;
        box: string;
        weightGrams: number;
      }[];
      packedAt: string;
      shipment?: {
        carrier: string;
        trackingNumbers: string[];
        at: string;
      };
      staging?: {
        location: string;
        at: string;
      };
      handovers: {
        commandId: string;
        at: string;
        staffId: string;
        lines: {
          lineId: string;
          qty: number;
        }[];
        /** @enum {string} */
        method: 'pickup_code' | 'id_document' | 'order_confirmation' | 'signature';
        recipientName: string;
        /** @enum {string} */
        recipientRelation: 'self' | 'family' | 'friend' | 'courier' | 'other';
        refused?: {
          lineId: string;
          qty: number;
          /** @enum {string} */
          reason: 'changed_mind' | 'damaged' | 'wrong_item' | 'wrong_size' | 'not_as_described' | 'other';
        }[];
        /** @enum {string} */
        idType?: 'id_card' | 'passport' | 'driving_licence' | 'residence_permit' | 'other';
        overrideBy?: string;
        signed?: boolean;
      }[];
      cancellation?: {
        /** @enum {string} */
        by: 'oms' | 'store';
        /** @enum {string} */
        reason:
          | 'customer_request'
          | 'customer_refused'
          | 'customer_no_show'
          | 'pickup_expired'
          | 'payment_issue'
          | 'fraud_suspected'
          | 'item_damaged'
          | 'other';
        at: string;
        staffId: string;
      };
      commandLog: {
        commandId: string;
        type: string;
        /** @enum {string} */
        outcome: 'applied' | 'rejected' | 'exception';
        reason: string;
        at: string;
        staffId: string;
        deviceId: string;
      }[];
      seq: number;
      updatedAt: string;
    };
    /** task */
    Task: {
      id: string;
      /** @enum {string} */
      kind: 'put_away' | 'cycle_count' | 'customer_service' | 'expired_pickup' | 'staff_review';
      /** @enum {string} */
      status: 'open' | 'done';
      reason: string;
      orderId: string;
      orderNumber: string;
      lineId: string;
      sku: string;
      qty: number;
      createdAt: string;
      doneAt: string;
      doneBy: string;
      acks: string[];
      seq: number;
      updatedAt: string;
    };
    /** capacity */
    CapacityDay: {
      id: string;
      date: string;
      /** @enum {string} */
      kind: 'ship_from_store' | 'click_and_collect';
      limit: number | null;
      assigned: number;
      acks: string[];
      seq: number;
      updatedAt: string;
    };
    /** receipt */
    Receipt: {
      id: string;
      type: string;
      orderId: string;
      /** @enum {string} */
      outcome: 'applied' | 'rejected' | 'exception';
      reason: string;
      seq: number;
      at: string;
    };
    /** return */
    Return: {
      id: string;
      orderId: string;
      orderNumber: string;
      lines: {
        sku: string;
        lineId: string;
        qty: number;
        /** @enum {string} */
        reason:
          | 'too_small'
          | 'too_large'
          | 'not_as_described'
          | 'damaged'
          | 'wrong_item'
          | 'changed_mind'
          | 'late_delivery'
          | 'other';
        /** @enum {string} */
        condition: 'new' | 'opened' | 'damaged';
        /** @enum {string} */
        disposition: 'restock' | 'damaged' | 'vendor';
      }[];
      refund: {
        amount: number;
        currency: string;
        /** @enum {string} */
        method: 'original_payment' | 'store_credit' | 'gift_card' | 'cash' | 'none';
      };
      staffId: string;
      deviceId: string;
      commandId: string;
      createdAt: string;
      seq: number;
      updatedAt: string;
    };
    /** stock level */
    Stock: {
      sku: string;
      onHand: number;
      reserved: number;
      unsellable: number;
      available: number;
      acks: string[];
      seq: number;
      updatedAt: string;
    };
    /** product */
    Product: {
      sku: string;
      barcode: string;
      barcodes: string[];
      name: string;
      brand: string;
      size: string;
      colour: string;
      price: {
        amount: number;
        currency: string;
      };
      location: {
        aisle: string;
        bay: string;
        shelf: string;
      };
      seq: number;
      updatedAt: string;
    };
    /**
     * store
     * @description A store document as devices replicate it
     */
    PulledStore: {
      id: string;
      name: string;
      timezone: string;
      locale: string;
      currency: string;
      settings: {
        requireScan: boolean;
        pickupHoldDays: number;
        unlinkedRefundLimit?: number;
        adjustUnitsLimit?: number;
        lockAfterMinutes?: number;
        stagingLocations?: string[];
        pickupExpiryHours?: number;
        handoverScan?: boolean;
        keepClosedDays?: number;
        partialFulfilment?: boolean;
        scanIntoParcel?: boolean;
        boxTypes?: string[];
        carriers?: ('colissimo' | 'chronopost' | 'dpd' | 'ups' | 'dhl' | 'gls' | 'other')[];
      };
      fulfilment: {
        ship_from_store: {
          paused: boolean;
          reason: string;
          at: string;
          staffId: string;
          until?: string;
        };
        click_and_collect: {
          paused: boolean;
          reason: string;
          at: string;
          staffId: string;
          until?: string;
        };
      };
      openingHours?: {
        closed: boolean;
        open: string;
        close: string;
      }[];
      acks: string[];
      seq: number;
      updatedAt: string;
      _deleted: boolean;
    };
    /**
     * staff
     * @description A staff document as devices replicate it
     */
    PulledStaffMember: {
      id: string;
      storeId: string;
      displayName: string;
      role: string;
      active: boolean;
      badge: string;
      pin: {
        salt: string;
        iterations: number;
        hash: string;
      };
      acks: string[];
      seq: number;
      updatedAt: string;
      _deleted: boolean;
    };
    /**
     * order
     * @description A orders document as devices replicate it
     */
    PulledOrder: {
      id: string;
      number: string;
      /** @enum {string} */
      kind: 'ship_from_store' | 'click_and_collect';
      /** @enum {string} */
      status:
        | 'assigned'
        | 'picking'
        | 'picked'
        | 'packed'
        | 'shipped'
        | 'ready_for_pickup'
        | 'partially_collected'
        | 'collected'
        | 'rejected'
        | 'cancelled'
        | 'reassigned';
      assignedAt: string;
      promisedBy: string;
      pickupCode: string;
      pickupBy: string;
      customer: {
        name: string;
        email: string;
        phone: string;
      };
      shipTo?: {
        name: string;
        line1: string;
        line2: string;
        postalCode: string;
        city: string;
        country: string;
      };
      notes: string;
      lines: {
        id: string;
        sku: string;
        name: string;
        barcodes: string[];
        price: {
          amount: number;
          currency: string;
        };
        ordered: number;
        picked: number;
        rejected: number;
        /** @enum {string} */
        rejectReason: '' | 'not_in_stock' | 'mismatch' | 'damaged' | 'worn_display' | 'no_variance';
        handedOver: number;
        shipped: number;
        returned: number;
        putAway: number;
        refused?: number;
        /** @enum {string} */
        refuseReason?:
          | ''
          | 'changed_mind'
          | 'damaged'
          | 'wrong_item'
          | 'wrong_size'
          | 'not_as_described'
          | 'other';
        reserved: number;
      }[];
      pickStartedAt: string;
      pickers: string[];
      parcels: {
        id: string;
        box: string;
        weightGrams: number;
      }[];
      packedAt: string;
      shipment?: {
        carrier: string;
        trackingNumbers: string[];
        at: string;
      };
      staging?: {
        location: string;
        at: string;
      };
      handovers: {
        commandId: string;
        at: string;
        staffId: string;
        lines: {
          lineId: string;
          qty: number;
        }[];
        /** @enum {string} */
        method: 'pickup_code' | 'id_document' | 'order_confirmation' | 'signature';
        recipientName: string;
        /** @enum {string} */
        recipientRelation: 'self' | 'family' | 'friend' | 'courier' | 'other';
        refused?: {
          lineId: string;
          qty: number;
          /** @enum {string} */
          reason: 'changed_mind' | 'damaged' | 'wrong_item' | 'wrong_size' | 'not_as_described' | 'other';
        }[];
        /** @enum {string} */
        idType?: 'id_card' | 'passport' | 'driving_licence' | 'residence_permit' | 'other';
        overrideBy?: string;
        signed?: boolean;
      }[];
      cancellation?: {
        /** @enum {string} */
        by: 'oms' | 'store';
        /** @enum {string} */
        reason:
          | 'customer_request'
          | 'customer_refused'
          | 'customer_no_show'
          | 'pickup_expired'
          | 'payment_issue'
          | 'fraud_suspected'
          | 'item_damaged'
          | 'other';
        at: string;
        staffId: string;
      };
      commandLog: {
        commandId: string;
        type: string;
        /** @enum {string} */
        outcome: 'applied' | 'rejected' | 'exception';
        reason: string;
        at: string;
        staffId: string;
        deviceId: string;
      }[];
      seq: number;
      updatedAt: string;
      _deleted: boolean;
    };
    /**
     * task
     * @description A tasks document as devices replicate it
     */
    PulledTask: {
      id: string;
      /** @enum {string} */
      kind: 'put_away' | 'cycle_count' | 'customer_service' | 'expired_pickup' | 'staff_review';
      /** @enum {string} */
      status: 'open' | 'done';
      reason: string;
      orderId: string;
      orderNumber: string;
      lineId: string;
      sku: string;
      qty: number;
      createdAt: string;
      doneAt: string;
      doneBy: string;
      acks: string[];
      seq: number;
      updatedAt: string;
      _deleted: boolean;
    };
    /**
     * capacity
     * @description A capacity document as devices replicate it
     */
    PulledCapacityDay: {
      id: string;
      date: string;
      /** @enum {string} */
      kind: 'ship_from_store' | 'click_and_collect';
      limit: number | null;
      assigned: number;
      acks: string[];
      seq: number;
      updatedAt: string;
      _deleted: boolean;
    };
    /**
     * receipt
     * @description A receipts document as devices replicate it
     */
    PulledReceipt: {
      id: string;
      type: string;
      orderId: string;
      /** @enum {string} */
      outcome: 'applied' | 'rejected' | 'exception';
      reason: string;
      seq: number;
      at: string;
      _deleted: boolean;
    };
    /**
     * return
     * @description A returns document as devices replicate it
     */
    PulledReturn: {
      id: string;
      orderId: string;
      orderNumber: string;
      lines: {
        sku: string;
        lineId: string;
        qty: number;
        /** @enum {string} */
        reason:
          | 'too_small'
          | 'too_large'
          | 'not_as_described'
          | 'damaged'
          | 'wrong_item'
          | 'changed_mind'
          | 'late_delivery'
          | 'other';
        /** @enum {string} */
        condition: 'new' | 'opened' | 'damaged';
        /** @enum {string} */
        disposition: 'restock' | 'damaged' | 'vendor';
      }[];
      refund: {
        amount: number;
        currency: string;
        /** @enum {string} */
        method: 'original_payment' | 'store_credit' | 'gift_card' | 'cash' | 'none';
      };
      staffId: string;
      deviceId: string;
      commandId: string;
      createdAt: string;
      seq: number;
      updatedAt: string;
      _deleted: boolean;
    };
    /**
     * stock level
     * @description A stock document as devices replicate it
     */
    PulledStock: {
      sku: string;
      onHand: number;
      reserved: number;
      unsellable: number;
      available: number;
      acks: string[];
      seq: number;
      updatedAt: string;
      _deleted: boolean;
    };
    /**
     * product
     * @description A products document as devices replicate it
     */
    PulledProduct: {
      sku: string;
      barcode: string;
      barcodes: string[];
      name: string;
      brand: string;
      size: string;
      colour: string;
      price: {
        amount: number;
        currency: string;
      };
      location: {
        aisle: string;
        bay: string;
        shelf: string;
      };
      seq: number;
      updatedAt: string;
      _deleted: boolean;
    };
    /** @description One page of a collection after the checkpoint, in store-sequence order */
    PullPage: {
      documents: (
        | components['schemas']['PulledStore']
        | components['schemas']['PulledStaffMember']
        | components['schemas']['PulledOrder']
        | components['schemas']['PulledTask']
        | components['schemas']['PulledCapacityDay']
        | components['schemas']['PulledReceipt']
        | components['schemas']['PulledReturn']
        | components['schemas']['PulledStock']
        | components['schemas']['PulledProduct']
      )[];
      checkpoint: {
        seq: number;
        skipDeletedUpTo?: number;
      };
      /** @description Documents still to pull after this page */
      remaining: number;
      /** @description The store sequence read before the page */
      head?: number;
    };
    /** @description One page of the whole store after the checkpoint, every collection, grouped by collection */
    StorePullPage: {
      /** @description The page's documents by collection, each list in store-sequence order */
      collections: {
        store?: components['schemas']['PulledStore'][];
        staff?: components['schemas']['PulledStaffMember'][];
        orders?: components['schemas']['PulledOrder'][];
        tasks?: components['schemas']['PulledTask'][];
        capacity?: components['schemas']['PulledCapacityDay'][];
        receipts?: components['schemas']['PulledReceipt'][];
        returns?: components['schemas']['PulledReturn'][];
        stock?: components['schemas']['PulledStock'][];
        products?: components['schemas']['PulledProduct'][];
      };
      /** @description Documents in the page across collections (shorter than the limit: caught up) */
      count: number;
      checkpoint: {
        seq: number;
        skipDeletedUpTo?: number;
      };
      /** @description Documents of the part still to pull after this page */
      remaining: number;
      /** @description The store sequence read before the page */
      head: number;
    };
    /** start_pick */
    Command_start_pick: {
      /** @description A UUID the device draws (UUIDv7): the idempotency key */
      id: string;
      orderId: string;
      deviceId: string;
      staffId: string;
      deviceTime: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'start_pick';
      payload: {
        orderId: string;
      };
    };
    /** pick */
    Command_pick: {
      /** @description A UUID the device draws (UUIDv7): the idempotency key */
      id: string;
      orderId: string;
      deviceId: string;
      staffId: string;
      deviceTime: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'pick';
      payload: {
        orderId: string;
        lineId: string;
        qty: number;
        barcode: string;
      };
    };
    /** unpick */
    Command_unpick: {
      /** @description A UUID the device draws (UUIDv7): the idempotency key */
      id: string;
      orderId: string;
      deviceId: string;
      staffId: string;
      deviceTime: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'unpick';
      payload: {
        orderId: string;
        lineId: string;
        qty: number;
      };
    };
    /** reject_line */
    Command_reject_line: {
      /** @description A UUID the device draws (UUIDv7): the idempotency key */
      id: string;
      orderId: string;
      deviceId: string;
      staffId: string;
      deviceTime: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'reject_line';
      payload: {
        orderId: string;
        lineId: string;
        qty: number;
        /** @enum {string} */
        reason: 'not_in_stock' | 'mismatch' | 'damaged' | 'worn_display' | 'no_variance';
      };
    };
    /** pack */
    Command_pack: {
      /** @description A UUID the device draws (UUIDv7): the idempotency key */
      id: string;
      orderId: string;
      deviceId: string;
      staffId: string;
      deviceTime: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'pack';
      payload: {
        orderId: string;
        parcels: {
          id: string;
          box: string;
          weightGrams: number;
        }[];
      };
    };
    /** unpack */
    Command_unpack: {
      /** @description A UUID the device draws (UUIDv7): the idempotency key */
      id: string;
      orderId: string;
      deviceId: string;
      staffId: string;
      deviceTime: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'unpack';
      payload: {
        orderId: string;
        approvedBy?: string;
      };
    };
    /** ship */
    Command_ship: {
      /** @description A UUID the device draws (UUIDv7): the idempotency key */
      id: string;
      orderId: string;
      deviceId: string;
      staffId: string;
      deviceTime: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'ship';
      payload: {
        orderId: string;
        /** @enum {string} */
        carrier: 'colissimo' | 'chronopost' | 'dpd' | 'ups' | 'dhl' | 'gls' | 'other';
        trackingNumbers: string[];
      };
    };
    /** ready_for_pickup */
    Command_ready_for_pickup: {
      /** @description A UUID the device draws (UUIDv7): the idempotency key */
      id: string;
      orderId: string;
      deviceId: string;
      staffId: string;
      deviceTime: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'ready_for_pickup';
      payload: {
        orderId: string;
        stagingLocation: string;
      };
    };
    /** handover */
    Command_handover: {
      /** @description A UUID the device draws (UUIDv7): the idempotency key */
      id: string;
      orderId: string;
      deviceId: string;
      staffId: string;
      deviceTime: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'handover';
      payload: {
        orderId: string;
        lines: {
          lineId: string;
          qty: number;
        }[];
        verification: {
          /** @enum {string} */
          method: 'pickup_code' | 'id_document' | 'order_confirmation' | 'signature';
          proof: string;
          /** @enum {string} */
          idType?: 'id_card' | 'passport' | 'driving_licence' | 'residence_permit' | 'other';
        };
        refused?: {
          lineId: string;
          qty: number;
          /** @enum {string} */
          reason: 'changed_mind' | 'damaged' | 'wrong_item' | 'wrong_size' | 'not_as_described' | 'other';
        }[];
        override?: {
          managerId: string;
        };
        signature?: string;
        recipient: {
          name: string;
          /** @enum {string} */
          relation: 'self' | 'family' | 'friend' | 'courier' | 'other';
        };
      };
    };
    /** cancel_at_counter */
    Command_cancel_at_counter: {
      /** @description A UUID the device draws (UUIDv7): the idempotency key */
      id: string;
      orderId: string;
      deviceId: string;
      staffId: string;
      deviceTime: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'cancel_at_counter';
      payload: {
        orderId: string;
        /** @enum {string} */
        reason:
          | 'customer_request'
          | 'customer_refused'
          | 'customer_no_show'
          | 'pickup_expired'
          | 'payment_issue'
          | 'fraud_suspected'
          | 'item_damaged'
          | 'other';
      };
    };
    /** create_return */
    Command_create_return: {
      /** @description A UUID the device draws (UUIDv7): the idempotency key */
      id: string;
      orderId: string;
      deviceId: string;
      staffId: string;
      deviceTime: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'create_return';
      payload: {
        returnId: string;
        orderId: string;
        orderNumber: string;
        lines: {
          sku: string;
          lineId: string;
          qty: number;
          /** @enum {string} */
          reason:
            | 'too_small'
            | 'too_large'
            | 'not_as_described'
            | 'damaged'
            | 'wrong_item'
            | 'changed_mind'
            | 'late_delivery'
            | 'other';
          /** @enum {string} */
          condition: 'new' | 'opened' | 'damaged';
          /** @enum {string} */
          disposition: 'restock' | 'damaged' | 'vendor';
        }[];
        refund: {
          amount: number;
          currency: string;
          /** @enum {string} */
          method: 'original_payment' | 'store_credit' | 'gift_card' | 'cash' | 'none';
        };
        refundEdit?: {
          computed: number;
          reason: string;
          approvedBy: string;
        };
      };
    };
    /** adjust_stock */
    Command_adjust_stock: {
      /** @description A UUID the device draws (UUIDv7): the idempotency key */
      id: string;
      orderId: string;
      deviceId: string;
      staffId: string;
      deviceTime: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'adjust_stock';
      payload: {
        sku: string;
        delta: number;
        /** @enum {string} */
        reason: 'found' | 'lost' | 'theft' | 'damaged' | 'received' | 'correction' | 'other';
        approvedBy?: string;
      };
    };
    /** count_stock */
    Command_count_stock: {
      /** @description A UUID the device draws (UUIDv7): the idempotency key */
      id: string;
      orderId: string;
      deviceId: string;
      staffId: string;
      deviceTime: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'count_stock';
      payload: {
        sku: string;
        counted: number;
      };
    };
    /** set_capacity */
    Command_set_capacity: {
      /** @description A UUID the device draws (UUIDv7): the idempotency key */
      id: string;
      orderId: string;
      deviceId: string;
      staffId: string;
      deviceTime: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'set_capacity';
      payload: {
        date: string;
        /** @enum {string} */
        kind: 'ship_from_store' | 'click_and_collect';
        limit: number | null;
      };
    };
    /** pause_fulfilment */
    Command_pause_fulfilment: {
      /** @description A UUID the device draws (UUIDv7): the idempotency key */
      id: string;
      orderId: string;
      deviceId: string;
      staffId: string;
      deviceTime: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'pause_fulfilment';
      payload: {
        /** @enum {string} */
        kind: 'ship_from_store' | 'click_and_collect';
        paused: boolean;
        reason: string;
        /** Format: date-time */
        until?: string;
      };
    };
    /** set_opening_hours */
    Command_set_opening_hours: {
      /** @description A UUID the device draws (UUIDv7): the idempotency key */
      id: string;
      orderId: string;
      deviceId: string;
      staffId: string;
      deviceTime: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'set_opening_hours';
      payload: {
        openingHours: {
          closed: boolean;
          open: string;
          close: string;
        }[];
      };
    };
    /** release_order */
    Command_release_order: {
      /** @description A UUID the device draws (UUIDv7): the idempotency key */
      id: string;
      orderId: string;
      deviceId: string;
      staffId: string;
      deviceTime: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'release_order';
      payload: {
        orderId: string;
        /** @enum {string} */
        reason: 'staff_shortage' | 'system_down' | 'store_closed' | 'stock_issue' | 'other';
        confirmedBy: string;
      };
    };
    /** complete_task */
    Command_complete_task: {
      /** @description A UUID the device draws (UUIDv7): the idempotency key */
      id: string;
      orderId: string;
      deviceId: string;
      staffId: string;
      deviceTime: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'complete_task';
      payload: {
        taskId: string;
      };
    };
    /** @description A command a device recorded, by `type` (each payload is its command’s schema) */
    Command:
      | components['schemas']['Command_start_pick']
      | components['schemas']['Command_pick']
      | components['schemas']['Command_unpick']
      | components['schemas']['Command_reject_line']
      | components['schemas']['Command_pack']
      | components['schemas']['Command_unpack']
      | components['schemas']['Command_ship']
      | components['schemas']['Command_ready_for_pickup']
      | components['schemas']['Command_handover']
      | components['schemas']['Command_cancel_at_counter']
      | components['schemas']['Command_create_return']
      | components['schemas']['Command_adjust_stock']
      | components['schemas']['Command_count_stock']
      | components['schemas']['Command_set_capacity']
      | components['schemas']['Command_pause_fulfilment']
      | components['schemas']['Command_set_opening_hours']
      | components['schemas']['Command_release_order']
      | components['schemas']['Command_complete_task'];
    PushRequest: {
      commands: components['schemas']['Command'][];
    };
    PushReceipt: {
      id: string;
      /** @enum {string} */
      outcome: 'applied' | 'rejected' | 'exception';
      reason: string;
      seq: number;
      /** @description The service had this command already: nothing changed */
      duplicate: boolean;
    };
    PushResponse: {
      receipts: components['schemas']['PushReceipt'][];
    };
    Enrolled: {
      /** @description The device token (shown once) */
      token: string;
      deviceId: string;
      storeId: string;
    };
    Me: {
      deviceId: string;
      storeId: string;
      store: components['schemas']['Store'] | null;
    };
    Movements: {
      movements: {
        id: string;
        /** Format: date-time */
        at: string;
        onHand: number;
        reserved: number;
        unsellable: number;
        /** @description Movement reason code (return_restock, adjustment, count…) */
        reason: string;
        /** @description The command that moved it */
        type: string;
        staffId: string;
        /** @description The adjustment’s reason code, when it gave one */
        detail: string;
        orderId: string;
      }[];
    };
    OrderAnswer: {
      /** @enum {string} */
      outcome: 'applied' | 'rejected' | 'exception';
      /** @description Why ('' when applied as asked), e.g. over_capacity */
      reason: string;
      seq: number;
      /** @description A retried call (or an order already there): nothing changed */
      duplicate: boolean;
      orderId: string;
      /**
       * @description The order's status now
       * @enum {string}
       */
      status:
        | ''
        | 'assigned'
        | 'picking'
        | 'picked'
        | 'packed'
        | 'shipped'
        | 'ready_for_pickup'
        | 'partially_collected'
        | 'collected'
        | 'rejected'
        | 'cancelled'
        | 'reassigned';
    };
    Received: {
      received: number;
      seq: number;
      /** @description A retried call: nothing changed */
      duplicate: boolean;
    };
    StaffView: {
      id: string;
      storeId: string;
      displayName: string;
      role: string;
      active: boolean;
      badge: string;
      seq: number;
      updatedAt: string;
      /** @description A PIN is set (the service keeps only a salted hash) */
      hasPin: boolean;
    };
    StaffList: {
      staff: components['schemas']['StaffView'][];
    };
    Capacity: {
      storeId: string;
      timezone: string;
      paused: {
        ship_from_store: {
          paused: boolean;
          reason: string;
          at: string;
          staffId: string;
          until?: string;
        };
        click_and_collect: {
          paused: boolean;
          reason: string;
          at: string;
          staffId: string;
          until?: string;
        };
      };
      pausedNow: {
        ship_from_store: boolean;
        click_and_collect: boolean;
      };
      openingHours:
        | {
            closed: boolean;
            open: string;
            close: string;
          }[]
        | null;
      days: {
        date: string;
        /** @enum {string} */
        kind: 'ship_from_store' | 'click_and_collect';
        /** @description null: no limit */
        limit: number | null;
        assigned: number;
        /** @description null: no limit */
        remaining: number | null;
      }[];
    };
    Day: {
      storeId: string;
      timezone: string;
      date: string;
      now: string;
      capacity: {
        /** @enum {string} */
        kind: 'ship_from_store' | 'click_and_collect';
        limit: number | null;
        assigned: number;
        remaining: number | null;
        paused: boolean;
        reason: string;
        until: string;
      }[];
      /** @description Orders assigned today beyond the limit or while the kind was paused (accepted, flagged) */
      flagged: {
        orderId: string;
        number: string;
        /** @enum {string} */
        kind: 'ship_from_store' | 'click_and_collect';
        reason: string;
      }[];
      backlog: {
        to_pick: number;
        picking: number;
        to_pack: number;
        to_ship: number;
        to_stage: number;
        ready_for_pickup: number;
        awaiting_collection: number;
      };
      aging: {
        late: number;
        dueSoon: number;
        onTime: number;
      };
      throughput: {
        hour: number;
        picked: number;
        packed: number;
        handedOver: number;
      }[];
      associates: {
        staffId: string;
        picked: number;
        packed: number;
        handedOver: number;
      }[];
      rejectionReasons: {
        key: string;
        count: number;
      }[];
      rejectedItems: {
        key: string;
        name: string;
        count: number;
      }[];
      collectWaiting: {
        orderId: string;
        number: string;
        since: string;
        pickupBy: string;
        /** @enum {string} */
        why: 'waiting_long' | 'past_pickup_by';
      }[];
      tasks: {
        put_away: number;
        cycle_count: number;
        customer_service: number;
        expired_pickup: number;
        staff_review: number;
      };
      forecast: {
        /** @enum {string} */
        status:
          | 'nothing_to_do'
          | 'closed'
          | 'no_rate'
          | 'no_associates'
          | 'no_hours'
          | 'on_track'
          | 'at_risk';
        clearedAt: string;
        closesAt: string;
        hoursNeeded: number | null;
        inputs: {
          unitsToPick: number;
          ordersToPack: number;
          pickRate: number | null;
          packRate: number | null;
          associates: number;
          unitsPicked: number;
          ordersPacked: number;
        };
      };
    };
    Event_pick_started: {
      /** @description The event’s place in the feed (opaque) */
      id: string;
      storeId: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'pick_started';
      /** @description The order it is about ('' when none) */
      orderId: string;
      /** @description The SKU it is about ('' when none) */
      sku: string;
      commandId: string;
      data: {
        staffId: string;
      };
      /** Format: date-time */
      at: string;
    };
    Event_picked: {
      /** @description The event’s place in the feed (opaque) */
      id: string;
      storeId: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'picked';
      /** @description The order it is about ('' when none) */
      orderId: string;
      /** @description The SKU it is about ('' when none) */
      sku: string;
      commandId: string;
      data: {
        lineId: string;
        qty: number;
        barcode: string;
      };
      /** Format: date-time */
      at: string;
    };
    Event_unpicked: {
      /** @description The event’s place in the feed (opaque) */
      id: string;
      storeId: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'unpicked';
      /** @description The order it is about ('' when none) */
      orderId: string;
      /** @description The SKU it is about ('' when none) */
      sku: string;
      commandId: string;
      data: {
        lineId: string;
        qty: number;
      };
      /** Format: date-time */
      at: string;
    };
    Event_line_rejected: {
      /** @description The event’s place in the feed (opaque) */
      id: string;
      storeId: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'line_rejected';
      /** @description The order it is about ('' when none) */
      orderId: string;
      /** @description The SKU it is about ('' when none) */
      sku: string;
      commandId: string;
      data: {
        lineId: string;
        qty: number;
        /** @enum {string} */
        reason: 'not_in_stock' | 'mismatch' | 'damaged' | 'worn_display' | 'no_variance';
      };
      /** Format: date-time */
      at: string;
    };
    Event_packed: {
      /** @description The event’s place in the feed (opaque) */
      id: string;
      storeId: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'packed';
      /** @description The order it is about ('' when none) */
      orderId: string;
      /** @description The SKU it is about ('' when none) */
      sku: string;
      commandId: string;
      data: {
        parcels: {
          id: string;
          box: string;
          weightGrams: number;
        }[];
      };
      /** Format: date-time */
      at: string;
    };
    Event_unpacked: {
      /** @description The event’s place in the feed (opaque) */
      id: string;
      storeId: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'unpacked';
      /** @description The order it is about ('' when none) */
      orderId: string;
      /** @description The SKU it is about ('' when none) */
      sku: string;
      commandId: string;
      data: {
        approvedBy: string;
      };
      /** Format: date-time */
      at: string;
    };
    Event_shipped: {
      /** @description The event’s place in the feed (opaque) */
      id: string;
      storeId: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'shipped';
      /** @description The order it is about ('' when none) */
      orderId: string;
      /** @description The SKU it is about ('' when none) */
      sku: string;
      commandId: string;
      data: {
        /** @enum {string} */
        carrier: 'colissimo' | 'chronopost' | 'dpd' | 'ups' | 'dhl' | 'gls' | 'other';
        trackingNumbers: string[];
        lines: {
          lineId: string;
          sku: string;
          qty: number;
        }[];
      };
      /** Format: date-time */
      at: string;
    };
    Event_ready_for_pickup: {
      /** @description The event’s place in the feed (opaque) */
      id: string;
      storeId: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'ready_for_pickup';
      /** @description The order it is about ('' when none) */
      orderId: string;
      /** @description The SKU it is about ('' when none) */
      sku: string;
      commandId: string;
      data: {
        stagingLocation: string;
        pickupBy: string;
      };
      /** Format: date-time */
      at: string;
    };
    Event_staging_moved: {
      /** @description The event’s place in the feed (opaque) */
      id: string;
      storeId: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'staging_moved';
      /** @description The order it is about ('' when none) */
      orderId: string;
      /** @description The SKU it is about ('' when none) */
      sku: string;
      commandId: string;
      data: {
        stagingLocation: string;
        pickupBy: string;
      };
      /** Format: date-time */
      at: string;
    };
    Event_handed_over: {
      /** @description The event’s place in the feed (opaque) */
      id: string;
      storeId: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'handed_over';
      /** @description The order it is about ('' when none) */
      orderId: string;
      /** @description The SKU it is about ('' when none) */
      sku: string;
      commandId: string;
      data: {
        lines: {
          lineId: string;
          sku: string;
          qty: number;
        }[];
        /** @enum {string} */
        verification: 'pickup_code' | 'id_document' | 'order_confirmation' | 'signature';
        /** @enum {string} */
        recipientRelation: 'self' | 'family' | 'friend' | 'courier' | 'other';
        refused: {
          lineId: string;
          sku: string;
          qty: number;
          /** @enum {string} */
          reason: 'changed_mind' | 'damaged' | 'wrong_item' | 'wrong_size' | 'not_as_described' | 'other';
        }[];
        overrideBy: string;
        signed: boolean;
      };
      /** Format: date-time */
      at: string;
    };
    Event_cancelled_at_counter: {
      /** @description The event’s place in the feed (opaque) */
      id: string;
      storeId: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'cancelled_at_counter';
      /** @description The order it is about ('' when none) */
      orderId: string;
      /** @description The SKU it is about ('' when none) */
      sku: string;
      commandId: string;
      data: {
        /** @enum {string} */
        reason:
          | 'customer_request'
          | 'customer_refused'
          | 'customer_no_show'
          | 'pickup_expired'
          | 'payment_issue'
          | 'fraud_suspected'
          | 'item_damaged'
          | 'other';
        handedOver: {
          lineId: string;
          sku: string;
          qty: number;
        }[];
      };
      /** Format: date-time */
      at: string;
    };
    Event_pickup_expired: {
      /** @description The event’s place in the feed (opaque) */
      id: string;
      storeId: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'pickup_expired';
      /** @description The order it is about ('' when none) */
      orderId: string;
      /** @description The SKU it is about ('' when none) */
      sku: string;
      commandId: string;
      data: {
        pickupBy: string;
        hoursAfter: number;
      };
      /** Format: date-time */
      at: string;
    };
    Event_order_released: {
      /** @description The event’s place in the feed (opaque) */
      id: string;
      storeId: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'order_released';
      /** @description The order it is about ('' when none) */
      orderId: string;
      /** @description The SKU it is about ('' when none) */
      sku: string;
      commandId: string;
      data: {
        /** @enum {string} */
        reason: 'staff_shortage' | 'system_down' | 'store_closed' | 'stock_issue' | 'other';
        confirmedBy: string;
      };
      /** Format: date-time */
      at: string;
    };
    Event_status_changed: {
      /** @description The event’s place in the feed (opaque) */
      id: string;
      storeId: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'status_changed';
      /** @description The order it is about ('' when none) */
      orderId: string;
      /** @description The SKU it is about ('' when none) */
      sku: string;
      commandId: string;
      data: {
        /** @enum {string} */
        from:
          | 'assigned'
          | 'picking'
          | 'picked'
          | 'packed'
          | 'shipped'
          | 'ready_for_pickup'
          | 'partially_collected'
          | 'collected'
          | 'rejected'
          | 'cancelled'
          | 'reassigned';
        /** @enum {string} */
        to:
          | 'assigned'
          | 'picking'
          | 'picked'
          | 'packed'
          | 'shipped'
          | 'ready_for_pickup'
          | 'partially_collected'
          | 'collected'
          | 'rejected'
          | 'cancelled'
          | 'reassigned';
      };
      /** Format: date-time */
      at: string;
    };
    Event_returned: {
      /** @description The event’s place in the feed (opaque) */
      id: string;
      storeId: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'returned';
      /** @description The order it is about ('' when none) */
      orderId: string;
      /** @description The SKU it is about ('' when none) */
      sku: string;
      commandId: string;
      data: {
        returnId: string;
        orderNumber: string;
        linkedByNumber?: boolean;
        lines: {
          sku: string;
          lineId: string;
          qty: number;
          /** @enum {string} */
          reason:
            | 'too_small'
            | 'too_large'
            | 'not_as_described'
            | 'damaged'
            | 'wrong_item'
            | 'changed_mind'
            | 'late_delivery'
            | 'other';
          /** @enum {string} */
          condition: 'new' | 'opened' | 'damaged';
          /** @enum {string} */
          disposition: 'restock' | 'damaged' | 'vendor';
        }[];
        refund: {
          amount: number;
          currency: string;
          /** @enum {string} */
          method: 'original_payment' | 'store_credit' | 'gift_card' | 'cash' | 'none';
        };
        refundEdit?: {
          computed: number;
          reason: string;
          approvedBy: string;
        };
      };
      /** Format: date-time */
      at: string;
    };
    Event_stock_moved: {
      /** @description The event’s place in the feed (opaque) */
      id: string;
      storeId: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'stock_moved';
      /** @description The order it is about ('' when none) */
      orderId: string;
      /** @description The SKU it is about ('' when none) */
      sku: string;
      commandId: string;
      data: {
        onHand: number;
        reserved: number;
        unsellable: number;
        /** @enum {string} */
        reason:
          | 'reservation'
          | 'shipped'
          | 'handed_over'
          | 'reject_not_in_stock'
          | 'reject_mismatch'
          | 'reject_damaged'
          | 'return_restock'
          | 'return_damaged'
          | 'return_vendor'
          | 'adjustment'
          | 'count'
          | 'snapshot';
        onHandAfter: number;
        availableAfter: number;
      };
      /** Format: date-time */
      at: string;
    };
    Event_stock_adjusted: {
      /** @description The event’s place in the feed (opaque) */
      id: string;
      storeId: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'stock_adjusted';
      /** @description The order it is about ('' when none) */
      orderId: string;
      /** @description The SKU it is about ('' when none) */
      sku: string;
      commandId: string;
      data: {
        delta: number;
        /** @enum {string} */
        reason: 'found' | 'lost' | 'theft' | 'damaged' | 'received' | 'correction' | 'other';
        approvedBy?: string;
      };
      /** Format: date-time */
      at: string;
    };
    Event_stock_counted: {
      /** @description The event’s place in the feed (opaque) */
      id: string;
      storeId: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'stock_counted';
      /** @description The order it is about ('' when none) */
      orderId: string;
      /** @description The SKU it is about ('' when none) */
      sku: string;
      commandId: string;
      data: {
        counted: number;
        delta: number;
      };
      /** Format: date-time */
      at: string;
    };
    Event_task_completed: {
      /** @description The event’s place in the feed (opaque) */
      id: string;
      storeId: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'task_completed';
      /** @description The order it is about ('' when none) */
      orderId: string;
      /** @description The SKU it is about ('' when none) */
      sku: string;
      commandId: string;
      data: {
        taskId: string;
        /** @enum {string} */
        kind: 'put_away' | 'cycle_count' | 'customer_service' | 'expired_pickup' | 'staff_review';
        qty: number;
      };
      /** Format: date-time */
      at: string;
    };
    Event_exception: {
      /** @description The event’s place in the feed (opaque) */
      id: string;
      storeId: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'exception';
      /** @description The order it is about ('' when none) */
      orderId: string;
      /** @description The SKU it is about ('' when none) */
      sku: string;
      commandId: string;
      data: {
        reason: string;
        taskId: string;
        staffId?: string;
        type?: string;
      };
      /** Format: date-time */
      at: string;
    };
    Event_capacity_changed: {
      /** @description The event’s place in the feed (opaque) */
      id: string;
      storeId: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'capacity_changed';
      /** @description The order it is about ('' when none) */
      orderId: string;
      /** @description The SKU it is about ('' when none) */
      sku: string;
      commandId: string;
      data: {
        date: string;
        /** @enum {string} */
        kind: 'ship_from_store' | 'click_and_collect';
        limit: number | null;
        assigned: number;
      };
      /** Format: date-time */
      at: string;
    };
    Event_fulfilment_paused: {
      /** @description The event’s place in the feed (opaque) */
      id: string;
      storeId: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'fulfilment_paused';
      /** @description The order it is about ('' when none) */
      orderId: string;
      /** @description The SKU it is about ('' when none) */
      sku: string;
      commandId: string;
      data: {
        /** @enum {string} */
        kind: 'ship_from_store' | 'click_and_collect';
        reason: string;
        until?: string;
      };
      /** Format: date-time */
      at: string;
    };
    Event_fulfilment_resumed: {
      /** @description The event’s place in the feed (opaque) */
      id: string;
      storeId: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'fulfilment_resumed';
      /** @description The order it is about ('' when none) */
      orderId: string;
      /** @description The SKU it is about ('' when none) */
      sku: string;
      commandId: string;
      data: {
        /** @enum {string} */
        kind: 'ship_from_store' | 'click_and_collect';
        reason: string;
        until?: string;
      };
      /** Format: date-time */
      at: string;
    };
    Event_opening_hours_changed: {
      /** @description The event’s place in the feed (opaque) */
      id: string;
      storeId: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'opening_hours_changed';
      /** @description The order it is about ('' when none) */
      orderId: string;
      /** @description The SKU it is about ('' when none) */
      sku: string;
      commandId: string;
      data: {
        openingHours: {
          closed: boolean;
          open: string;
          close: string;
        }[];
      };
      /** Format: date-time */
      at: string;
    };
    Event_stock_changed: {
      /** @description The event’s place in the feed (opaque) */
      id: string;
      storeId: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'stock_changed';
      /** @description The order it is about ('' when none) */
      orderId: string;
      /** @description The SKU it is about ('' when none) */
      sku: string;
      commandId: string;
      data: {
        onHand: number;
        reserved: number;
        unsellable: number;
        safetyStock: number;
        netAvailable: number;
        updatedAt: string;
      };
      /** Format: date-time */
      at: string;
    };
    Event_safety_stock_changed: {
      /** @description The event’s place in the feed (opaque) */
      id: string;
      storeId: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'safety_stock_changed';
      /** @description The order it is about ('' when none) */
      orderId: string;
      /** @description The SKU it is about ('' when none) */
      sku: string;
      commandId: string;
      data: {
        defaultQty: number;
      };
      /** Format: date-time */
      at: string;
    };
    /** @description What a store did, by `type`; `data` depends on the type */
    FeedEvent:
      | components['schemas']['Event_pick_started']
      | components['schemas']['Event_picked']
      | components['schemas']['Event_unpicked']
      | components['schemas']['Event_line_rejected']
      | components['schemas']['Event_packed']
      | components['schemas']['Event_unpacked']
      | components['schemas']['Event_shipped']
      | components['schemas']['Event_ready_for_pickup']
      | components['schemas']['Event_staging_moved']
      | components['schemas']['Event_handed_over']
      | components['schemas']['Event_cancelled_at_counter']
      | components['schemas']['Event_pickup_expired']
      | components['schemas']['Event_order_released']
      | components['schemas']['Event_status_changed']
      | components['schemas']['Event_returned']
      | components['schemas']['Event_stock_moved']
      | components['schemas']['Event_stock_adjusted']
      | components['schemas']['Event_stock_counted']
      | components['schemas']['Event_task_completed']
      | components['schemas']['Event_exception']
      | components['schemas']['Event_capacity_changed']
      | components['schemas']['Event_fulfilment_paused']
      | components['schemas']['Event_fulfilment_resumed']
      | components['schemas']['Event_opening_hours_changed']
      | components['schemas']['Event_stock_changed']
      | components['schemas']['Event_safety_stock_changed'];
    EventsPage: {
      events: components['schemas']['FeedEvent'][];
      /** @description Send it back as `after` for the next page (the same cursor when nothing is new) */
      next: string;
    };
    Devices: {
      devices: {
        id: string;
        name: string;
        /** Format: date-time */
        enrolledAt: string;
        /** Format: date-time */
        revokedAt: string | null;
      }[];
    };
    EnrollmentCode: {
      storeId: string;
      /** @description Type it on the device (shown once) */
      code: string;
      /** Format: date-time */
      expiresAt: string;
    };
    Revoked: {
      /** @description The device id */
      revoked: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
};
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
