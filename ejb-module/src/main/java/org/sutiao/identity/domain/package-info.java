/** User accounts, roles and the organisation each account acts for (its scope). */
package org.sutiao.identity.domain;
