// The system libsnappy's C API (Debian's libsnappy-dev): block compression as Prometheus remote write uses it.
#include <snappy-c.h>
