/** Facts about the platform's database itself (how it was created). */
package org.sutiao.platform.domain;
